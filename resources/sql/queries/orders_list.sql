-- Orders newest first, with their appliance's state so a pending order of an
-- offline appliance can read "waiting for appliance", the login whose key
-- signed it, and the orders still held back (status 'held', with when they
-- are released: the chosen time, else the window open now or the next one).
-- Each with its batch (a multi-appliance issue) and its site's name.
-- Binds: status or NULL, order id prefix or NULL, one order id or NULL, limit.
WITH listed AS (
    SELECT o.order_id, o.appliance_id, o.runbook_id, o.status, o.issued_by::text AS issued_by, o.reason,
           o.parameters, o.result, o.issued_at, o.acknowledged_at, o.completed_at, o.expires_at, o.inferred,
           o.signing_key_id, NULL::timestamptz AS release_at, NULL::text AS note, o.batch_id
      FROM orders o
     WHERE (:status::text IS NULL OR o.status = :status)
       AND (:prefix::text IS NULL OR o.order_id LIKE :prefix || '%')
       AND (:exact::text IS NULL OR o.order_id = :exact)
    UNION ALL
    SELECT h.order_id, h.appliance_id, h.runbook_id, h.status, h.issued_by::text, h.reason, h.parameters, NULL,
           h.held_at, NULL, NULL, NULL, false, NULL,
           CASE WHEN h.hold = 'until' THEN h.release_at
                ELSE coalesce((SELECT w.starts_at FROM healdesk_window_at(a.site_id, now()) w),
                              (SELECT w.starts_at FROM healdesk_next_window(a.site_id, now()) w)) END,
           h.note, h.batch_id
      FROM healdesk_held_orders h
      JOIN appliances a ON a.id = h.appliance_id
     WHERE h.status = 'held'
       AND (:status::text IS NULL OR :status = 'held')
       AND (:prefix::text IS NULL OR h.order_id LIKE :prefix || '%')
       AND (:exact::text IS NULL OR h.order_id = :exact)
)
SELECT l.order_id, l.appliance_id::text AS appliance_id, a.hostname, a.site_id, l.runbook_id, l.status,
       l.issued_by, l.reason, l.parameters::text AS parameters, l.result::text AS result, l.issued_at,
       l.acknowledged_at, l.completed_at, l.expires_at, l.inferred,
       healdesk_appliance_status(a.last_checkin, now()) AS appliance_status,
       l.signing_key_id, k.login::text AS signed_by, l.release_at, l.note,
       healdesk_site_time_zone(a.site_id) AS time_zone, l.batch_id::text AS batch_id, st.name AS site_name
  FROM listed l
  LEFT JOIN appliances a ON a.id = l.appliance_id
  LEFT JOIN sites st ON st.id = a.site_id
  LEFT JOIN healdesk_signing_keys k ON k.key_id = l.signing_key_id
 ORDER BY l.issued_at DESC, l.order_id DESC
 LIMIT :row_limit
