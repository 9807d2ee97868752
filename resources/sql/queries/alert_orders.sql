-- Failed orders, and orders an appliance rejected, among the given ids (orders.id).
SELECT o.order_id, o.runbook_id, a.hostname, a.site_id, o.status,
       coalesce(o.result->>'error_message', o.result->>'reason', '') AS error
  FROM orders o
  LEFT JOIN appliances a ON a.id = o.appliance_id
 WHERE o.id::text = ANY (string_to_array(:ids::text, ','))
   AND o.status IN ('failed', 'rejected')
