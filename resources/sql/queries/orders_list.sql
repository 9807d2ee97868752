-- Orders newest first, with their appliance's state so a pending order of an
-- offline appliance can read "waiting for appliance", and the login whose
-- key signed it. Binds: status or NULL, order id prefix or NULL, limit.
SELECT o.order_id, o.appliance_id::text AS appliance_id, a.hostname, a.site_id, o.runbook_id, o.status,
       o.issued_by, o.reason, o.parameters::text AS parameters, o.result::text AS result, o.issued_at,
       o.acknowledged_at, o.completed_at, o.expires_at, o.inferred,
       healdesk_appliance_status(a.last_checkin, now()) AS appliance_status,
       o.signing_key_id, k.login::text AS signed_by
  FROM orders o
  LEFT JOIN appliances a ON a.id = o.appliance_id
  LEFT JOIN healdesk_signing_keys k ON k.key_id = o.signing_key_id
 WHERE (:status::text IS NULL OR o.status = :status)
   AND (:prefix::text IS NULL OR o.order_id LIKE :prefix || '%')
 ORDER BY o.issued_at DESC, o.order_id DESC
 LIMIT :row_limit
