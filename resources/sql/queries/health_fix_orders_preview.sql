-- Pending orders a matching execution would complete or fail.
SELECT m.order_id, 'pending', CASE WHEN m.success THEN 'completed' ELSE 'failed' END, m.execution_id
  FROM healdesk_order_matches m
 WHERE m.execution_id IS NOT NULL
 ORDER BY m.order_id
