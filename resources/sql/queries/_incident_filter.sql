-- Incidents (i) in scope and period, with their appliance (a) and site (s).
-- IncidentFilter::binds() gives, besides the scope: :appliance, :severity,
-- :status, :tier, :search (LIKE-escaped, matched literally) and :owner (a login, @me or @none),
-- all NULL-able.
  FROM incidents i
  JOIN appliances a ON a.id = i.appliance_id
  JOIN sites s ON s.id = a.site_id
 CROSS JOIN scope sc
 CROSS JOIN (SELECT :appliance::text AS appliance, :severity::text AS severity, :status::text AS status,
                    :tier::text AS tier, :search::text AS search, :owner::text AS owner) f
 WHERE true
--#include _incident_conditions
