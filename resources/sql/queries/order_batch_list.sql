-- The newest batches (issues to several appliances), each with its first
-- order's runbook, reason and issuer, the sites it reached, and its targets
-- counted by the status of their latest order in the batch (a retry replaces
-- a failed or expired one). Held orders of a batch count as pending, or as
-- cancelled when cancelled before their release; a batch whose orders are all
-- held is listed too. cancellable: the targets Cancel the rest can reach
-- (pending or held). Binds: row_limit.
WITH batches AS (
    SELECT x.batch_id, min(x.issued_at) AS issued_at
      FROM (SELECT o.batch_id, o.issued_at FROM orders o WHERE o.batch_id IS NOT NULL
            UNION ALL
            SELECT h.batch_id, h.held_at FROM healdesk_held_orders h
             WHERE h.batch_id IS NOT NULL AND h.status <> 'released') x
     GROUP BY x.batch_id
     ORDER BY 2 DESC
     LIMIT :row_limit
), members AS (
    SELECT o.batch_id, o.order_id, o.appliance_id, o.status, o.issued_at, o.runbook_id, o.reason,
           o.issued_by::text AS issued_by
      FROM orders o
      JOIN batches b ON b.batch_id = o.batch_id
    UNION ALL
    SELECT h.batch_id, h.order_id, h.appliance_id, h.status, h.held_at, h.runbook_id, h.reason, h.issued_by::text
      FROM healdesk_held_orders h
      JOIN batches b ON b.batch_id = h.batch_id
     WHERE h.status <> 'released'
), latest AS (
    SELECT DISTINCT ON (m.batch_id, m.appliance_id) m.batch_id, m.appliance_id, m.status
      FROM members m
     ORDER BY m.batch_id, m.appliance_id, m.issued_at DESC, m.order_id DESC
), firsts AS (
    SELECT DISTINCT ON (m.batch_id) m.batch_id, m.runbook_id, m.reason, m.issued_by
      FROM members m
     ORDER BY m.batch_id, m.issued_at, m.order_id
)
SELECT b.batch_id::text AS batch_id, f.runbook_id, f.reason, f.issued_by, b.issued_at,
       string_agg(DISTINCT coalesce(s.name, a.site_id), ', ') AS site_names,
       count(*) AS targets,
       count(*) FILTER (WHERE l.status = 'completed') AS completed,
       count(*) FILTER (WHERE l.status IN ('failed', 'rejected')) AS failed,
       count(*) FILTER (WHERE l.status = 'expired') AS expired,
       count(*) FILTER (WHERE l.status IN ('held', 'pending', 'acknowledged')) AS pending,
       count(*) FILTER (WHERE l.status = 'cancelled') AS cancelled,
       count(*) FILTER (WHERE l.status IN ('held', 'pending')) AS cancellable,
       coalesce(bool_or(r.is_disruptive), false) AS disruptive
  FROM batches b
  JOIN firsts f ON f.batch_id = b.batch_id
  JOIN latest l ON l.batch_id = b.batch_id
  LEFT JOIN appliances a ON a.id = l.appliance_id
  LEFT JOIN sites s ON s.id = a.site_id
  LEFT JOIN runbooks r ON r.runbook_id = f.runbook_id
 GROUP BY b.batch_id, f.runbook_id, f.reason, f.issued_by, b.issued_at
 ORDER BY b.issued_at DESC, b.batch_id
