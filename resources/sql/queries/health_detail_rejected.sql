-- Orders an appliance refused, newest first, with its reason.
SELECT o.order_id, o.runbook_id, coalesce(a.hostname, o.appliance_id::text) AS appliance,
       coalesce(o.issued_by, '') AS issued_by,
       to_char(o.completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') AS rejected_at,
       coalesce(o.result->>'reason', '') AS reason
  FROM orders o
  LEFT JOIN appliances a ON a.id = o.appliance_id
 WHERE o.status = 'rejected'
 ORDER BY o.completed_at DESC NULLS LAST, o.order_id
 LIMIT 1000
