-- Completes or fails each pending order from its matching execution, marked
-- as inferred (no telemetry named the order).
UPDATE orders o
   SET status = CASE WHEN m.success THEN 'completed' ELSE 'failed' END,
       completed_at = coalesce(m.completed_at, m.started_at),
       inferred = true,
       result = jsonb_build_object('execution_id', m.execution_id, 'success', m.success,
                                   'duration_seconds', m.duration_seconds, 'error_message', m.error_message,
                                   'resolution_level', m.resolution_level, 'inferred', true)
  FROM healdesk_order_matches m
 WHERE o.order_id = m.order_id
   AND m.execution_id IS NOT NULL
   AND o.status = 'pending'
RETURNING o.order_id AS target, 'pending' AS before_value, o.status AS after_value, m.execution_id AS evidence
