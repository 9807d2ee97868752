-- The incident an order was run from, if any (its 'order' event). Binds: order.
SELECT v.incident_id::text AS incident_id
  FROM healdesk_incident_events v
 WHERE v.kind = 'order' AND v.order_id = :order
 LIMIT 1
