-- One row per canonical runbook, executions resolved through the mapping; read
-- from the rollups (stats_runbooks_raw.sql is the definition it matches).
WITH
--#include _scope
--#include _rollup_bounds
--#include _rollup_spans
--#include _rollup_rows
--#include _rollup_by_runbook
SELECT r.runbook_id, r.name, r.category, array_to_string(r.hipaa_controls, ', ') AS hipaa_controls,
       coalesce(r.is_disruptive, false) AS is_disruptive, r.enabled,
       coalesce(x.executions, 0) AS executions, coalesce(x.successes, 0) AS successes,
       x.avg_duration, x.p95_duration, x.last_run
  FROM runbooks r
  LEFT JOIN by_runbook x ON x.key = r.runbook_id AND NOT x.unmapped
 ORDER BY r.runbook_id
