-- Background drift: a new incident on an appliance. Binds: appliance id, type, severity, status.
INSERT INTO incidents (appliance_id, incident_type, severity, check_type, status, details, resolved_at)
VALUES (:appliance::uuid, :incident_type, :severity, :incident_type, :status, '{"source": "healdesk-sim"}'::jsonb,
        CASE WHEN :status = 'resolved' THEN now() END)
RETURNING id::text AS id
