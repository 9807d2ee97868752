-- Idempotent by the client-made order_id: a retry of the same order inserts nothing.
INSERT INTO orders (order_id, appliance_id, runbook_id, parameters, status, issued_at, issued_by, reason, expires_at)
VALUES (?, ?::uuid, ?, ?::jsonb, 'pending', now(), current_user, ?, now() + make_interval(secs => ?::int))
ON CONFLICT (order_id) DO NOTHING
RETURNING id
