-- One row per canonical runbook, executions resolved through the mapping, then
-- one per telemetry runbook ID that resolves to no runbook (unmapped = true,
-- never dropped); read from the rollups. Both lists in one statement, so the
-- rollup rows and the histogram are read once. The raw definitions it matches
-- are stats_runbooks_raw.sql and stats_unmapped_raw.sql.
WITH
--#include _scope
--#include _rollup_bounds
--#include _rollup_spans
--#include _rollup_rows
--#include _rollup_by_runbook
SELECT runbook_id, name, category, hipaa_controls, is_disruptive, enabled, executions, successes,
       avg_duration, p95_duration, last_run, unmapped
  FROM (
    SELECT r.runbook_id, r.name, r.category, array_to_string(r.hipaa_controls, ', ') AS hipaa_controls,
           coalesce(r.is_disruptive, false) AS is_disruptive, r.enabled,
           coalesce(x.executions, 0) AS executions, coalesce(x.successes, 0) AS successes,
           x.avg_duration, x.p95_duration, x.last_run, false AS unmapped
      FROM runbooks r
      LEFT JOIN by_runbook x ON x.key = r.runbook_id AND NOT x.unmapped
    UNION ALL
    SELECT x.key, NULL, NULL, NULL, false, NULL, x.executions, x.successes,
           x.avg_duration, x.p95_duration, x.last_run, true
      FROM by_runbook x
     WHERE x.unmapped
  ) rows
 ORDER BY unmapped, CASE WHEN unmapped THEN executions END DESC, runbook_id
