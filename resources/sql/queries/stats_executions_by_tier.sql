-- Executions per normalised tier; read from the rollups
-- (stats_executions_by_tier_raw.sql is the definition it matches).
WITH
--#include _scope
--#include _rollup_bounds
--#include _rollup_spans
--#include _rollup_rows
SELECT x.tier, sum(x.executions) AS executions, sum(x.successes) AS successes
  FROM rolled x
 GROUP BY 1
HAVING sum(x.executions) <> 0
