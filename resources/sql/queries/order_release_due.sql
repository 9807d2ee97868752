-- Held orders whose time came, locked for the one worker releasing them: the
-- chosen time passed, or a window of the site is open now (with its end,
-- which the released order expires at). Binds: the worker's clock.
SELECT h.order_id, h.appliance_id::text AS appliance_id, h.runbook_id, h.parameters::text AS parameters, h.reason,
       h.issued_by::text AS issued_by, h.hold, h.ttl_seconds, a.site_id, s.partner_id::text AS partner_id,
       healdesk_signing_required(s.partner_id) AS signing_required, w.ends_at AS window_ends, h.note,
       h.batch_id::text AS batch_id
  FROM healdesk_held_orders h
  JOIN appliances a ON a.id = h.appliance_id
  LEFT JOIN sites s ON s.id = a.site_id
  LEFT JOIN LATERAL healdesk_window_at(a.site_id, :now::timestamptz) w ON h.hold = 'window'
 WHERE h.status = 'held'
   AND ((h.hold = 'until' AND h.release_at <= :now::timestamptz) OR (h.hold = 'window' AND w.ends_at IS NOT NULL))
 ORDER BY h.held_at, h.order_id
 LIMIT 500
   FOR UPDATE OF h SKIP LOCKED
