-- The raw definition, scanning telemetry; the console reads stats_runbooks.sql (rollups)
-- and the tests and benchmark compare the two.
-- One row per canonical runbook, executions resolved through the mapping.
WITH
--#include _scope
, resolved AS (
    SELECT coalesce(m.runbook_id, direct.runbook_id) AS canonical, e.success, e.duration_seconds, e.started_at
      FROM scope sc
--#include _scoped_telemetry
--#include _resolved_telemetry
)
SELECT r.runbook_id, r.name, r.category, array_to_string(r.hipaa_controls, ', ') AS hipaa_controls,
       coalesce(r.is_disruptive, false) AS is_disruptive, r.enabled,
       count(x.canonical) AS executions,
       count(*) FILTER (WHERE x.success) AS successes,
       avg(x.duration_seconds) AS avg_duration,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY x.duration_seconds) AS p95_duration,
       max(x.started_at) AS last_run
  FROM runbooks r
  LEFT JOIN resolved x ON x.canonical = r.runbook_id
 GROUP BY r.id
 ORDER BY r.runbook_id
