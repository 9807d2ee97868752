-- A route's latest alerts, newest first.
SELECT o.id, o.route_id, o.event_key, o.kind, o.severity, o.facts::text AS facts, o.created_at, o.attempts,
       o.sent_at, o.given_up_at, o.last_error
  FROM healdesk_alert_outbox o
 WHERE o.route_id = :route
 ORDER BY o.id DESC
 LIMIT :row_limit
