-- Telemetry runbook IDs that resolve to no runbook, never dropped; read from
-- the rollups (stats_unmapped_raw.sql is the definition it matches).
WITH
--#include _scope
--#include _rollup_bounds
--#include _rollup_spans
--#include _rollup_rows
--#include _rollup_by_runbook
SELECT x.key AS runbook_id, x.executions, x.successes, x.avg_duration, x.p95_duration, x.last_run
  FROM by_runbook x
 WHERE x.unmapped
 ORDER BY x.executions DESC, x.key
