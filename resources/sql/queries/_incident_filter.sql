-- Incidents (i) in scope and period, with their appliance (a) and site (s);
-- the tier (_incident_tier_of) is worked out only when the filter names one.
-- Binds, after the 4 scope values: appliance id, severity, status, tier,
-- search text (LIKE-escaped, matched literally), all NULL-able.
  FROM incidents i
  JOIN appliances a ON a.id = i.appliance_id
  JOIN sites s ON s.id = a.site_id
 CROSS JOIN scope sc
 CROSS JOIN (SELECT ?::text AS appliance, ?::text AS severity, ?::text AS status, ?::text AS tier,
                    ?::text AS search) f
 WHERE (sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids))
   AND (sc.from_ts IS NULL OR i.reported_at >= sc.from_ts)
   AND (sc.to_ts IS NULL OR i.reported_at < sc.to_ts)
   AND (f.appliance IS NULL OR a.id::text = f.appliance)
   AND (f.severity IS NULL OR lower(i.severity) = f.severity)
   AND (f.status IS NULL OR lower(i.status) = f.status)
   AND (f.tier IS NULL OR
--#include _incident_tier_of
        = f.tier)
   AND (f.search IS NULL
        OR i.incident_type ILIKE '%' || f.search || '%'
        OR i.check_type ILIKE '%' || f.search || '%'
        OR a.hostname ILIKE '%' || f.search || '%'
        OR s.name ILIKE '%' || f.search || '%'
        OR i.details::text ILIKE '%' || f.search || '%'
        OR i.id::text = lower(f.search))
