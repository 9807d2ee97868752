-- Sites in scope with appliance counts by the one status rule, open incidents
-- and last activity (latest check-in or execution). The latest execution of a
-- site comes from its all-time rollup rows and the queue (0012, 0013): with
-- monthly partitions a max(started_at) per site probes every month's index.
-- A site with a queued removal reads telemetry, as the statistics do.
WITH
--#include _scope
, queued AS (
    SELECT q.site_id, max(q.started_at) FILTER (WHERE q.sign > 0) AS latest, bool_or(q.sign < 0) AS shrinks
      FROM healdesk_telemetry_delta q
     GROUP BY q.site_id
)
SELECT s.id, s.name, s.partner_id::text AS partner_id, p.name AS partner_name,
       count(a.id) AS appliances,
       count(a.id) FILTER (WHERE healdesk_appliance_status(a.last_checkin, now()) = 'online') AS online,
       count(a.id) FILTER (WHERE healdesk_appliance_status(a.last_checkin, now()) = 'stale') AS stale,
       count(a.id) FILTER (WHERE healdesk_appliance_status(a.last_checkin, now()) = 'offline') AS offline,
       (SELECT count(*) FROM incidents i JOIN appliances ia ON ia.id = i.appliance_id
         WHERE ia.site_id = s.id AND lower(i.status) NOT IN ('resolved', 'closed')) AS open_incidents,
       greatest(max(a.last_checkin),
                CASE WHEN coalesce(min(q.shrinks::int), 0) = 1 THEN
                          (SELECT max(e.started_at) FROM execution_telemetry e WHERE e.site_id = s.id)
                     ELSE greatest((SELECT max(r.last_run) FROM healdesk_telemetry_rollup r
                                     WHERE r.grain = 'a' AND NOT r.fleet AND r.site_id = s.id),
                                   max(q.latest)) END) AS last_activity
  FROM sites s
 CROSS JOIN scope sc
  LEFT JOIN partners p ON p.id = s.partner_id
  LEFT JOIN appliances a ON a.site_id = s.id
  LEFT JOIN queued q ON q.site_id = s.id
 WHERE sc.site_ids IS NULL OR s.id = ANY (sc.site_ids)
 GROUP BY s.id, p.name
 ORDER BY s.name, s.id
