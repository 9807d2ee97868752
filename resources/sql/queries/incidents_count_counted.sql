-- incidents_count for a filter that names nothing but the scope and perhaps
-- a tier, from the counts kept per day, site and tier (0016). Binds: scope
-- (4), then the tier (NULL for any) twice.
WITH
--#include _scope
--#include _rollup_bounds
--#include _incident_counted
SELECT coalesce(sum(n), 0)::bigint
  FROM counted
 WHERE ?::text IS NULL OR tier = ?
