-- The raw definition, scanning telemetry; the console reads stats_executions_by_tier.sql (rollups)
-- and the tests and benchmark compare the two.
WITH
--#include _scope
SELECT coalesce(healdesk_normalise_tier(e.resolution_level), 'unknown') AS tier,
       count(*) AS executions,
       count(*) FILTER (WHERE e.success) AS successes
  FROM scope sc
--#include _scoped_telemetry
 GROUP BY 1
