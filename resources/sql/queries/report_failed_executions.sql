-- Failed executions in scope and period, oldest first, with their canonical
-- runbook (the raw telemetry ID when unmapped) and normalised tier.
WITH
--#include _scope
SELECT e.execution_id, e.started_at, e.site_id, e.hostname,
       coalesce(m.runbook_id, direct.runbook_id, e.runbook_id) AS runbook,
       coalesce(healdesk_normalise_tier(e.resolution_level), 'unknown') AS tier,
       e.error_message
  FROM scope sc
--#include _scoped_telemetry
--#include _resolved_telemetry
 WHERE NOT e.success
 ORDER BY e.started_at, e.id
