-- One order as an appliance reads it (see sim_pending_orders), whatever its status.
SELECT o.order_id, o.appliance_id::text AS appliance_id, o.runbook_id, o.parameters::text AS parameters,
       o.issued_at, o.expires_at, o.nonce, o.signing_key_id, o.signature, o.signed_payload,
       s.partner_id::text AS partner_id, o.status, o.issued_by::text AS issued_by
  FROM orders o
  LEFT JOIN appliances a ON a.id = o.appliance_id
  LEFT JOIN sites s ON s.id = a.site_id
 WHERE o.order_id = :order
