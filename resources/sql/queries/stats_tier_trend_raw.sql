-- The raw definition, scanning telemetry; the console reads stats_tier_trend.sql (rollups)
-- and the tests and benchmark compare the two.
-- Executions per UTC day and tier over the period.
WITH
--#include _scope
SELECT date_trunc('day', e.started_at AT TIME ZONE 'UTC')::date AS day,
       coalesce(healdesk_normalise_tier(e.resolution_level), 'unknown') AS tier,
       count(*) AS executions,
       count(*) FILTER (WHERE e.success) AS successes
  FROM scope sc
--#include _scoped_telemetry
 WHERE e.started_at IS NOT NULL
 GROUP BY 1, 2
 ORDER BY 1, 2
