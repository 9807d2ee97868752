-- Delivered and given-up alerts kept 90 days (the routes panel's history).
DELETE FROM healdesk_alert_outbox
 WHERE coalesce(sent_at, given_up_at) < :now::timestamptz - interval '90 days'
