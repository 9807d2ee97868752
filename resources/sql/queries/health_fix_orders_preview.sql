-- Pending orders a matching execution would complete or fail.
SELECT m.order_id AS target, 'pending' AS before_value,
       CASE WHEN m.success THEN 'completed' ELSE 'failed' END AS after_value, m.execution_id AS evidence
  FROM healdesk_order_matches m
 WHERE m.execution_id IS NOT NULL
 ORDER BY m.order_id
