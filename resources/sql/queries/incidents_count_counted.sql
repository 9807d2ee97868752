-- incidents_count for a filter that names nothing but the scope and perhaps
-- a tier, from the counts kept per day, site and tier (0016). Binds: the
-- scope and :tier (NULL for any).
WITH
--#include _scope
--#include _rollup_bounds
--#include _incident_counted
SELECT coalesce(sum(n), 0)::bigint AS incidents
  FROM counted
 WHERE :tier::text IS NULL OR tier = :tier
