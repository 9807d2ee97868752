-- Executions per UTC day and tier over the period, from the daily rollups
-- (stats_tier_trend_raw.sql is the definition it matches).
WITH
--#include _scope
--#include _rollup_bounds
, spans AS (SELECT 'd'::text AS grain, b.d1 AS lo, b.d2 AS hi FROM bounds b)
--#include _rollup_rows
SELECT x.day, x.tier, sum(x.executions) AS executions, sum(x.successes) AS successes
  FROM rolled x
 WHERE x.day <> '-infinity'
 GROUP BY 1, 2
HAVING sum(x.executions) <> 0
 ORDER BY 1, 2
