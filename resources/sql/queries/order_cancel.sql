UPDATE orders
   SET status = 'cancelled', completed_at = now(),
       result = jsonb_build_object('cancelled_by', current_user::text, 'reason', :reason::text)
 WHERE order_id = :order AND status = 'pending'
RETURNING id
