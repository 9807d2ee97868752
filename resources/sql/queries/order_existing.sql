SELECT appliance_id::text, runbook_id, status FROM orders WHERE order_id = ?
