SELECT appliance_id::text AS appliance_id, runbook_id, status FROM orders WHERE order_id = :order
