-- What a signature-checking appliance reads of its pending, unexpired
-- orders: the row, the signed payload with its signature, key and nonce, and
-- the appliance's partner. Locked (SKIP LOCKED), so several simulators share
-- a fleet. Orders without a TTL (from before Healdesk) stay as they are, for
-- the data-health repair. Binds: appliance ids (comma list) or NULL.
SELECT o.order_id, o.appliance_id::text AS appliance_id, o.runbook_id, o.parameters::text AS parameters,
       o.issued_at, o.expires_at, o.nonce, o.signing_key_id, o.signature, o.signed_payload,
       s.partner_id::text AS partner_id
  FROM orders o
  JOIN appliances a ON a.id = o.appliance_id
  LEFT JOIN sites s ON s.id = a.site_id
 WHERE o.status = 'pending'
   AND o.expires_at >= now()
   AND (:appliances::text IS NULL OR o.appliance_id::text = ANY (string_to_array(:appliances::text, ',')))
 ORDER BY o.issued_at, o.id
 LIMIT 100
   FOR UPDATE OF o SKIP LOCKED
