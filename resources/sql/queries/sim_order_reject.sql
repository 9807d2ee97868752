-- An appliance refuses an order it does not trust; the reason is its result.
UPDATE orders
   SET status = 'rejected', completed_at = now(),
       result = jsonb_build_object('rejected_by', 'appliance', 'appliance_id', :appliance::text, 'reason', :reason::text)
 WHERE order_id = :order AND status = 'pending'
