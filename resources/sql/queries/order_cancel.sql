-- Cancels a pending order, or a held one before the worker releases it.
WITH written AS (
    UPDATE orders
       SET status = 'cancelled', completed_at = now(),
           result = jsonb_build_object('cancelled_by', current_user::text, 'reason', :reason::text)
     WHERE order_id = :order AND status = 'pending'
    RETURNING order_id
), held AS (
    UPDATE healdesk_held_orders
       SET status = 'cancelled', closed_at = now(), closed_by = current_user, note = :reason
     WHERE order_id = :order AND status = 'held'
    RETURNING order_id
)
SELECT order_id FROM written UNION ALL SELECT order_id FROM held
