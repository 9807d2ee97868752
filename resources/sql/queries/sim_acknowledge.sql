-- The simulated appliances pick up their pending, unexpired orders. Only orders
-- issued through Healdesk (which always sets a TTL) are taken: the legacy orders
-- stuck in pending stay as they are, for the data-health repair to reconcile.
-- SKIP LOCKED lets several simulators share a fleet. Binds: appliance ids
-- (comma list) or NULL, twice.
UPDATE orders o
   SET status = 'acknowledged', acknowledged_at = now()
 WHERE o.id IN (SELECT p.id
                  FROM orders p
                 WHERE p.status = 'pending'
                   AND p.expires_at >= now()
                   AND (:appliances::text IS NULL OR p.appliance_id::text = ANY (string_to_array(:appliances::text, ',')))
                 ORDER BY p.issued_at
                 LIMIT 100
                   FOR UPDATE SKIP LOCKED)
RETURNING o.order_id, o.appliance_id::text AS appliance_id, o.runbook_id
