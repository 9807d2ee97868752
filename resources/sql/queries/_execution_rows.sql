-- Executions (alias e) as an incident's or an order's detail lists them, each
-- with its canonical runbook and normalised tier; the including query adds
-- its WHERE and ORDER BY.
SELECT e.id, e.execution_id, e.runbook_id, coalesce(m.runbook_id, direct.runbook_id) AS canonical,
       e.resolution_level, coalesce(healdesk_normalise_tier(e.resolution_level), 'unknown') AS tier,
       e.success, e.duration_seconds, e.started_at, e.completed_at,
       e.executed_steps::text AS steps, e.state_before::text AS state_before, e.state_after::text AS state_after,
       e.error_message, e.hostname
  FROM execution_telemetry e
--#include _resolved_telemetry
