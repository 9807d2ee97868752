-- The batch's orders that have not started: pending in orders, or held back.
-- Binds: batch.
SELECT o.order_id FROM orders o WHERE o.batch_id = :batch::uuid AND o.status = 'pending'
UNION ALL
SELECT h.order_id FROM healdesk_held_orders h WHERE h.batch_id = :batch::uuid AND h.status = 'held'
ORDER BY 1
