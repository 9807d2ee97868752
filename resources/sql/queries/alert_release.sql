UPDATE healdesk_alert_outbox SET claimed_by = NULL, claimed_until = NULL
 WHERE claimed_by = :worker::uuid AND sent_at IS NULL
