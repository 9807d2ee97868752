-- The raw definition, scanning telemetry; the console reads stats_unmapped.sql (rollups)
-- and the tests and benchmark compare the two.
-- Telemetry runbook IDs that resolve to no runbook, never dropped.
WITH
--#include _scope
SELECT e.runbook_id,
       count(*) AS executions,
       count(*) FILTER (WHERE e.success) AS successes,
       avg(e.duration_seconds) AS avg_duration,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY e.duration_seconds) AS p95_duration,
       max(e.started_at) AS last_run
  FROM scope sc
--#include _scoped_telemetry
--#include _resolved_telemetry
 WHERE m.runbook_id IS NULL AND direct.runbook_id IS NULL
 GROUP BY e.runbook_id
 ORDER BY count(*) DESC, e.runbook_id
