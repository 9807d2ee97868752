-- The healing of a drift incident. Binds: execution id, incident id, runbook, duration (twice), success, tier, appliance.
INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, runbook_id, hostname, platform,
                                 incident_type, started_at, completed_at, duration_seconds, success, resolution_level,
                                 state_before, state_after, executed_steps)
SELECT :execution, :incident, a.site_id, a.id::text, :runbook, a.hostname, 'simulated', 'drift',
       now() - make_interval(secs => :duration::float8), now(), :duration::float8, :success::boolean, :tier,
       '{"compliant": false}'::jsonb, '{"compliant": true}'::jsonb, '["detect", "heal", "verify"]'::jsonb
  FROM appliances a
 WHERE a.id = :appliance::uuid
