-- Idempotent by the client-made order_id: a retry of the same order inserts
-- nothing. Times come from the caller's clock (whole milliseconds, as signed);
-- the signature columns are NULL for an unsigned order (docs/order-signing.md);
-- issued_by is the session's login unless a released held order names the
-- technician who held it. batch_id names the batch of a multi-appliance issue
-- (or NULL).
INSERT INTO orders (order_id, appliance_id, runbook_id, parameters, status, issued_at, issued_by, reason, expires_at,
                    signing_key_id, nonce, signature, signed_payload, batch_id)
VALUES (:order, :appliance::uuid, :runbook, :parameters::jsonb, 'pending', :issued::timestamptz,
        coalesce(:issued_by::text, current_user), :reason, :expires::timestamptz, :key_id, :nonce, :signature,
        :signed_payload, :batch::uuid)
ON CONFLICT (order_id) DO NOTHING
RETURNING id
