-- Alert routes in force, with the name of what they cover and how delivery went.
SELECT r.id, r.name, r.partner_id::text AS partner_id, r.site_id, coalesce(p.name, s.name, r.site_id) AS scope_name,
       r.url, r.format, array_to_string(r.events, ',') AS events, r.min_severity, coalesce(r.digest_hours, 0) AS digest_hours,
       r.in_window, r.has_secret, r.created_by::text AS created_by, r.created_at,
       c.pending, c.sent, c.given_up, c.last_sent_at,
       (SELECT o.last_error FROM healdesk_alert_outbox o
         WHERE o.route_id = r.id AND o.last_error IS NOT NULL AND o.sent_at IS NULL
         ORDER BY o.id DESC LIMIT 1) AS last_error
  FROM healdesk_alert_routes r
  LEFT JOIN partners p ON p.id = r.partner_id
  LEFT JOIN sites s ON s.id = r.site_id
 CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE o.sent_at IS NULL AND o.given_up_at IS NULL) AS pending,
             count(*) FILTER (WHERE o.sent_at IS NOT NULL) AS sent,
             count(*) FILTER (WHERE o.given_up_at IS NOT NULL) AS given_up,
             max(o.sent_at) AS last_sent_at
        FROM healdesk_alert_outbox o
       WHERE o.route_id = r.id) c
 WHERE r.removed_at IS NULL
 ORDER BY r.id
