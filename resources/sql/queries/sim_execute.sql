-- The execution report of an order; the order-completion trigger then sets the
-- order's status, result and completed_at. Binds: execution id, runbook,
-- duration (twice), success, error, order id, appliance id.
INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, platform, incident_type,
                                 started_at, completed_at, duration_seconds, success, resolution_level,
                                 state_before, state_after, executed_steps, error_message, order_id)
SELECT :execution, a.site_id, a.id::text, :runbook, a.hostname, 'simulated', 'order',
       now() - make_interval(secs => :duration::float8), now(), :duration::float8, :success::boolean, 'L1',
       '{"compliant": false}'::jsonb, jsonb_build_object('compliant', :success::boolean),
       '["receive order", "run runbook", "verify"]'::jsonb, :error, :order
  FROM appliances a
 WHERE a.id = :appliance::uuid
