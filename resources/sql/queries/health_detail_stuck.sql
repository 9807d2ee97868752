-- Pending orders past their deadline, with the execution that matches them if any.
SELECT m.order_id, o.runbook_id, coalesce(a.hostname, o.appliance_id::text) AS appliance,
       to_char(m.deadline AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') AS deadline,
       coalesce(m.execution_id, '') AS execution_id
  FROM healdesk_order_matches m
  JOIN orders o ON o.order_id = m.order_id
  LEFT JOIN appliances a ON a.id = o.appliance_id
 WHERE m.deadline < now()
 ORDER BY m.deadline, m.order_id
 LIMIT 1000
