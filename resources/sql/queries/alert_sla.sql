SELECT healdesk_alert_sla_breaches(:now::timestamptz) AS added
