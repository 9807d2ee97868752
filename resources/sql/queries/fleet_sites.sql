-- Sites in scope with appliance counts by the one status rule, open incidents
-- and last activity (latest check-in or execution).
WITH
--#include _scope
SELECT s.id, s.name, s.partner_id::text, p.name AS partner_name,
       count(a.id) AS appliances,
       count(a.id) FILTER (WHERE healdesk_appliance_status(a.last_checkin, now()) = 'online') AS online,
       count(a.id) FILTER (WHERE healdesk_appliance_status(a.last_checkin, now()) = 'stale') AS stale,
       count(a.id) FILTER (WHERE healdesk_appliance_status(a.last_checkin, now()) = 'offline') AS offline,
       (SELECT count(*) FROM incidents i JOIN appliances ia ON ia.id = i.appliance_id
         WHERE ia.site_id = s.id AND lower(i.status) NOT IN ('resolved', 'closed')) AS open_incidents,
       greatest(max(a.last_checkin),
                (SELECT max(e.started_at) FROM execution_telemetry e WHERE e.site_id = s.id)) AS last_activity
  FROM sites s
 CROSS JOIN scope sc
  LEFT JOIN partners p ON p.id = s.partner_id
  LEFT JOIN appliances a ON a.site_id = s.id
 WHERE sc.site_ids IS NULL OR s.id = ANY (sc.site_ids)
 GROUP BY s.id, p.name
 ORDER BY s.name, s.id
