-- The held order is in orders now: released, exactly once.
UPDATE healdesk_held_orders
   SET status = 'released', closed_at = :now::timestamptz, closed_by = current_user, note = NULL
 WHERE order_id = :order AND status = 'held'
RETURNING order_id
