-- Expires each pending order past its deadline that no execution matches.
UPDATE orders o
   SET status = 'expired',
       completed_at = now(),
       result = jsonb_build_object('reason', 'ttl elapsed before the appliance acknowledged',
                                  'deadline', m.deadline)
  FROM healdesk_order_matches m
 WHERE o.order_id = m.order_id
   AND m.execution_id IS NULL
   AND m.deadline < now()
   AND o.status = 'pending'
RETURNING o.order_id AS target, 'pending' AS before_value, o.status AS after_value, m.deadline::text AS evidence
