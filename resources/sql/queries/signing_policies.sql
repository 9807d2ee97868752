-- Partners' signing policies as admins signed them (rows without a statement
-- predate signed policies and count for nothing on an appliance).
SELECT p.partner_id::text AS partner_id, p.required, p.set_at, p.signing_key_id, p.statement, p.signature
  FROM healdesk_signing_policy p
 WHERE p.statement IS NOT NULL
 ORDER BY p.set_at
