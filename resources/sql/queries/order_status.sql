SELECT status FROM orders WHERE order_id = :order
UNION ALL
SELECT status FROM healdesk_held_orders WHERE order_id = :order
