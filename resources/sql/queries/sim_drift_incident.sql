-- Background drift: a new incident on an appliance. Binds: appliance id, type, severity, status.
INSERT INTO incidents (appliance_id, incident_type, severity, check_type, status, details, resolved_at)
VALUES (?::uuid, ?, ?, ?, ?, '{"source": "healdesk-sim"}'::jsonb,
        CASE WHEN ? = 'resolved' THEN now() END)
RETURNING id::text
