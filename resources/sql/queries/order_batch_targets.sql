-- A batch as it stands: each appliance it targets with its latest order in the
-- batch (a retry replaces a failed or expired one), how many orders the
-- appliance had in it, and the first order's runbook, parameters and reason
-- (what a retry sends again). Held orders of the batch count as held, or as
-- cancelled when cancelled before their release (a released one is in orders).
-- Binds: batch.
WITH members AS (
    SELECT o.order_id, o.appliance_id, o.runbook_id, o.parameters::text AS parameters, o.reason,
           o.issued_by::text AS issued_by, o.issued_at, o.status
      FROM orders o
     WHERE o.batch_id = :batch::uuid
    UNION ALL
    SELECT h.order_id, h.appliance_id, h.runbook_id, h.parameters::text, h.reason, h.issued_by::text, h.held_at,
           h.status
      FROM healdesk_held_orders h
     WHERE h.batch_id = :batch::uuid AND h.status <> 'released'
), first AS (
    SELECT m.runbook_id, m.parameters, m.reason, m.issued_by, m.issued_at
      FROM members m
     ORDER BY m.issued_at, m.order_id
     LIMIT 1
)
SELECT DISTINCT ON (m.appliance_id)
       m.appliance_id::text AS appliance_id, a.hostname, a.site_id, s.name AS site_name, m.order_id, m.status,
       count(*) OVER (PARTITION BY m.appliance_id) AS attempts,
       f.runbook_id, f.parameters, f.reason, f.issued_by, f.issued_at
  FROM members m
  CROSS JOIN first f
  LEFT JOIN appliances a ON a.id = m.appliance_id
  LEFT JOIN sites s ON s.id = a.site_id
 ORDER BY m.appliance_id, m.issued_at DESC, m.order_id DESC
