-- The evidence appendix: every execution in scope and period, oldest first,
-- with a SHA-256 of its state_after as stored (jsonb text form); NULL stays NULL.
WITH
--#include _scope
SELECT e.execution_id, e.started_at, e.hostname,
       coalesce(m.runbook_id, direct.runbook_id, e.runbook_id) AS runbook,
       coalesce(healdesk_normalise_tier(e.resolution_level), 'unknown') AS tier,
       e.success,
       encode(sha256(convert_to(e.state_after::text, 'UTF8')), 'hex') AS state_after_sha256
  FROM scope sc
--#include _scoped_telemetry
--#include _resolved_telemetry
 ORDER BY e.started_at, e.id
