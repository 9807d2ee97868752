-- Recurring orders in force (paused ones too), with their site's name and
-- zone, the next occurrence after :now (none while paused) and the last batch.
SELECT o.id, o.site_id, s.name AS site_name, healdesk_site_time_zone(o.site_id) AS time_zone,
       array_to_string(o.appliance_ids, ',') AS appliance_ids, o.runbook_id, o.parameters::text AS parameters,
       o.reason, o.recurrence, to_char(o.at_time, 'HH24:MI') AS at_time, o.day_of_month, o.ttl_seconds,
       o.created_by::text AS created_by, o.created_at, o.paused_at,
       CASE WHEN o.paused_at IS NULL THEN
           (SELECT min(n.occurrence_at)
              FROM healdesk_schedule_occurrences(o.id, :now::timestamptz, :now::timestamptz + interval '32 days') n)
       END AS next_at,
       b.occurrence_at AS last_at, b.state AS last_state, cardinality(b.order_ids) AS last_orders, b.note AS last_note,
       (SELECT count(*) FROM healdesk_order_batches x WHERE x.schedule_id = o.id) AS batches
  FROM healdesk_order_schedules o
  JOIN sites s ON s.id = o.site_id
  LEFT JOIN LATERAL (SELECT * FROM healdesk_order_batches x WHERE x.schedule_id = o.id
                      ORDER BY x.occurrence_at DESC LIMIT 1) b ON true
 WHERE o.removed_at IS NULL
 ORDER BY o.id
