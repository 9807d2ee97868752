-- incidents_count for a filter that names an appliance or a few sites:
-- counts each matching appliance's incidents through the
-- (appliance_id, reported_at) index. Same binds, same count.
WITH
--#include _scope
, f AS (SELECT :appliance::text AS appliance, :severity::text AS severity, :status::text AS status,
               :tier::text AS tier, :search::text AS search, :owner::text AS owner)
SELECT coalesce(sum(n.n), 0)::bigint AS incidents
  FROM appliances a
  JOIN sites s ON s.id = a.site_id
 CROSS JOIN scope sc
 CROSS JOIN f
 CROSS JOIN LATERAL (
    SELECT count(*) AS n
      FROM incidents i
     WHERE i.appliance_id = a.id
--#include _incident_conditions
 ) n
 WHERE (sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids))
   AND (f.appliance IS NULL OR a.id::text = f.appliance)
