-- Every execution in scope and period, oldest first, read once for the
-- evidence appendix, the failed executions, the activity per runbook and
-- appliance (appliances reporting, executions per control, the mapping rows
-- used) and the exact durations per runbook.
-- runbook: the canonical runbook, else the telemetry ID (unmapped); canonical:
-- NULL when unmapped; mapped_to: the mapping row's target when the ID went
-- through runbook_id_mapping. started_at comes as the report's canonical text
-- (ISO 8601 UTC, milliseconds), so 100,000 rows are not parsed into times and
-- printed back. state_after_sha256: SHA-256 of state_after as stored (jsonb
-- text form); NULL stays NULL.
WITH
--#include _scope
SELECT e.execution_id,
       to_char(e.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS started_at,
       e.site_id, e.appliance_id, e.hostname, e.runbook_id AS raw_id,
       coalesce(m.runbook_id, direct.runbook_id, e.runbook_id) AS runbook,
       coalesce(m.runbook_id, direct.runbook_id) AS canonical,
       m.runbook_id AS mapped_to,
       coalesce(healdesk_normalise_tier(e.resolution_level), 'unknown') AS tier,
       e.success, e.duration_seconds,
       CASE WHEN NOT e.success THEN e.error_message END AS error_message,
       encode(sha256(convert_to(e.state_after::text, 'UTF8')), 'hex') AS state_after_sha256
  FROM scope sc
--#include _scoped_telemetry
--#include _resolved_telemetry
 ORDER BY e.started_at, e.id
