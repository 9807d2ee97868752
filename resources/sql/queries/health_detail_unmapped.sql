-- Telemetry runbook IDs that resolve to no runbook, most executions first,
-- with their successes and latest start; read from the rollups (all time,
-- whole fleet, or every site this login may see), not from telemetry.
WITH
--#include _scope_everything
--#include _rollup_bounds
--#include _rollup_spans
--#include _rollup_rows
SELECT r.runbook_id, sum(r.executions)::bigint AS executions, sum(r.successes)::bigint AS successes,
       to_char(max(r.last_run) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') AS last_run
  FROM rolled r
 WHERE healdesk_canonical_runbook(r.runbook_id) IS NULL
 GROUP BY r.runbook_id
HAVING sum(r.executions) > 0
 ORDER BY 2 DESC, 1
 LIMIT 1000
