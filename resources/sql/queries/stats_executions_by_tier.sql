WITH
--#include _scope
SELECT coalesce(healdesk_normalise_tier(e.resolution_level), 'unknown') AS tier,
       count(*) AS executions,
       count(*) FILTER (WHERE e.success) AS successes
  FROM scope sc
--#include _scoped_telemetry
 GROUP BY 1
