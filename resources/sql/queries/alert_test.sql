SELECT healdesk_alert_test(:id::bigint) AS event_key
