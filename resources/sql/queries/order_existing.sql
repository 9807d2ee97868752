-- An order ID already in use: written, or held back.
SELECT appliance_id::text AS appliance_id, runbook_id, status FROM orders WHERE order_id = :order
UNION ALL
SELECT appliance_id::text, runbook_id, status FROM healdesk_held_orders WHERE order_id = :order
