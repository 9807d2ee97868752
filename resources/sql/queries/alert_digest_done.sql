UPDATE healdesk_alert_routes SET last_digest_at = :now::timestamptz WHERE id = :route
