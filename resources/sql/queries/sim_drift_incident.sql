-- Background drift: a new incident on an appliance, reported as it was detected, before the healing that
-- follows in the same transaction began (sim_drift_execution: started duration seconds ago).
-- Binds: appliance id, type, severity, status, the healing's duration in seconds.
INSERT INTO incidents (appliance_id, incident_type, severity, check_type, status, details, reported_at, resolved_at)
VALUES (:appliance::uuid, :incident_type, :severity, :incident_type, :status, '{"source": "healdesk-sim"}'::jsonb,
        now() - make_interval(secs => :duration::float8 + 2), CASE WHEN :status = 'resolved' THEN now() END)
RETURNING id::text AS id
