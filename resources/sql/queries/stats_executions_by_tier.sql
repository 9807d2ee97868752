WITH
--#include _scope
SELECT coalesce(healdesk_normalise_tier(e.resolution_level), 'unknown') AS tier,
       count(*) AS executions,
       count(*) FILTER (WHERE e.success) AS successes
  FROM execution_telemetry e
 CROSS JOIN scope sc
 WHERE
--#include _telemetry_in_scope
 GROUP BY 1
