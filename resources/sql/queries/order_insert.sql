-- Idempotent by the client-made order_id: a retry of the same order inserts nothing.
INSERT INTO orders (order_id, appliance_id, runbook_id, parameters, status, issued_at, issued_by, reason, expires_at)
VALUES (:order, :appliance::uuid, :runbook, :parameters::jsonb, 'pending', now(), current_user, :reason,
        now() + make_interval(secs => :ttl_seconds::int))
ON CONFLICT (order_id) DO NOTHING
RETURNING id
