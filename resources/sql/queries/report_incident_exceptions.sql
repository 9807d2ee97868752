-- Incidents the report lists as exceptions: L3 incidents reported in the
-- period, and incidents open at the period end (reported before it and not
-- resolved or closed before it).
WITH
--#include _scope
SELECT i.id::text AS id, i.reported_at, a.site_id, a.hostname, i.incident_type, lower(i.severity) AS severity,
       lower(i.status) AS status,
       i.healdesk_tier AS tier,
       (lower(i.status) NOT IN ('resolved', 'closed') OR i.resolved_at >= sc.to_ts) AS is_open,
       (sc.from_ts IS NULL OR i.reported_at >= sc.from_ts) AS in_period
  FROM incidents i
  JOIN appliances a ON a.id = i.appliance_id
 CROSS JOIN scope sc
 WHERE (sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids))
   AND (sc.to_ts IS NULL OR i.reported_at < sc.to_ts)
   AND (lower(i.status) NOT IN ('resolved', 'closed') OR i.resolved_at >= sc.to_ts
        OR ((sc.from_ts IS NULL OR i.reported_at >= sc.from_ts)
            AND i.healdesk_tier = 'L3'))
 ORDER BY i.reported_at, i.id
