-- An appliance takes an order it checked.
UPDATE orders SET status = 'acknowledged', acknowledged_at = now()
 WHERE order_id = :order AND status = 'pending'
