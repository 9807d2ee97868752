-- An order held back (a disruptive runbook outside its site's window, or held
-- by hand until a time); idempotent by order_id like order_insert, and never
-- an ID that orders already has.
INSERT INTO healdesk_held_orders (order_id, appliance_id, runbook_id, parameters, reason, hold, release_at, ttl_seconds,
                                  batch_id)
SELECT :order, :appliance::uuid, :runbook, :parameters::jsonb, :reason, :hold, :release_at::timestamptz,
       :ttl_seconds::int, :batch::uuid
 WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.order_id = :order)
ON CONFLICT (order_id) DO NOTHING
RETURNING order_id
