-- Incidents by tier (the maintained healdesk_tier, 0014), from the counts
-- kept per day, site and tier (0016) and the partial days at the ends.
WITH
--#include _scope
--#include _rollup_bounds
--#include _incident_counted
SELECT tier, sum(n)::bigint AS incidents
  FROM counted
 GROUP BY 1
