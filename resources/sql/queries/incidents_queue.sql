-- The escalation queue (issue 23): open incidents that need a person, because
-- their tier is L3, their status is escalated, their latest execution (the
-- one that decides their tier, healdesk_latest_execution) failed, or they are
-- past their SLA. The SLA is healdesk_sla_hours: the partner's hours for the
-- severity, else the installation's (an unknown severity counts as low), as
-- the SLA alerts read it. Breached first, then by severity, then oldest first.
-- Binds: the scope (Incidents::queue passes none of the period: the queue is
-- now) and the filter, as _incident_filter.sql, and :row_limit.
WITH
--#include _scope
, open_incidents AS (
    SELECT i.id, i.reported_at, a.site_id, s.name AS site_name, s.partner_id, a.id AS appliance_id, a.hostname,
           i.incident_type, i.severity, i.status, i.healdesk_tier, i.resolution_tier, i.resolved_at, i.check_type,
           i.healdesk_owner
--#include _incident_filter
       AND lower(i.status) NOT IN ('resolved', 'closed')
)
SELECT o.id::text AS id, o.reported_at, o.site_id, o.site_name, o.appliance_id::text AS appliance_id, o.hostname,
       o.incident_type, o.severity, o.status, o.healdesk_tier AS tier, o.resolution_tier, o.resolved_at,
       o.check_type, false AS in_window, o.healdesk_owner AS owner,
       (SELECT max(v.id) FROM healdesk_incident_events v WHERE v.incident_id = o.id) AS last_event,
       (extract(epoch FROM o.reported_at) * 1000000)::bigint AS reported_us,
       q.due_at, q.due_at < now() AS breached, q.latest_failed,
       o.healdesk_tier = 'L3' AS is_l3, lower(o.status) = 'escalated' AS is_escalated
  FROM open_incidents o
 CROSS JOIN LATERAL (
    SELECT o.reported_at + healdesk_sla_hours(o.partner_id, o.severity) * interval '1 hour' AS due_at,
           coalesce((SELECT NOT e.success
                       FROM healdesk_latest_execution(o.id::text) l
                       JOIN execution_telemetry e ON e.id = l.id AND e.incident_id = o.id::text), false)
               AS latest_failed
 ) q
 WHERE o.healdesk_tier = 'L3' OR lower(o.status) = 'escalated' OR q.latest_failed OR q.due_at < now()
 ORDER BY (q.due_at < now()) DESC NULLS LAST,
          CASE lower(o.severity) WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3
                                 ELSE 4 END,
          o.reported_at, o.id
 LIMIT :row_limit
