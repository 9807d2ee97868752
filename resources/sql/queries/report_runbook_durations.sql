-- Exact duration figures per runbook for the report (a document of record, so
-- no estimate): mean and 95th percentile (continuous) of duration_seconds over
-- the executions in scope and period, keyed as the runbook figures are: the
-- canonical runbook, else the telemetry ID (unmapped).
WITH
--#include _scope
SELECT coalesce(m.runbook_id, direct.runbook_id, e.runbook_id) AS runbook,
       count(e.duration_seconds) AS timed,
       avg(e.duration_seconds) AS mean,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY e.duration_seconds) AS p95
  FROM scope sc
--#include _scoped_telemetry
--#include _resolved_telemetry
 GROUP BY 1
