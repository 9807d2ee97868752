-- Incidents (i) in scope and period, with their appliance (a) and site (s).
-- Binds, after the 4 scope values: appliance id, severity, status, tier,
-- search text (LIKE-escaped, matched literally), all NULL-able.
  FROM incidents i
  JOIN appliances a ON a.id = i.appliance_id
  JOIN sites s ON s.id = a.site_id
 CROSS JOIN scope sc
 CROSS JOIN (SELECT ?::text AS appliance, ?::text AS severity, ?::text AS status, ?::text AS tier,
                    ?::text AS search) f
 WHERE true
--#include _incident_conditions
