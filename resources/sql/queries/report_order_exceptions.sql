-- Orders that are exceptions at the period end, on appliances in scope: failed,
-- rejected by their appliance or expired in the period, or issued before the
-- period end and still not done at it although their deadline
-- (healdesk_order_deadline) had passed.
-- state_at_end: failed, rejected, expired or overdue.
WITH
--#include _scope
, o AS (
    SELECT o.order_id, o.issued_at, a.site_id, a.hostname, o.runbook_id, o.status, o.issued_by, o.completed_at,
           healdesk_order_deadline(o.issued_at, o.expires_at) AS deadline, sc.from_ts, sc.to_ts
      FROM orders o
      JOIN appliances a ON a.id = o.appliance_id
     CROSS JOIN scope sc
     WHERE (sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids))
       AND o.issued_at < sc.to_ts
)
SELECT order_id, issued_at, site_id, hostname, runbook_id, status, issued_by, deadline,
       CASE WHEN status IN ('failed', 'rejected', 'expired') THEN status ELSE 'overdue' END AS state_at_end
  FROM o
 WHERE (status IN ('failed', 'rejected') AND coalesce(completed_at, issued_at) >= from_ts
        AND coalesce(completed_at, issued_at) < to_ts)
    OR (status = 'expired' AND deadline >= from_ts AND deadline < to_ts)
    OR (status NOT IN ('failed', 'rejected', 'expired', 'cancelled') AND deadline < to_ts
        AND (status NOT IN ('completed', 'succeeded', 'success') OR completed_at >= to_ts))
 ORDER BY issued_at, order_id
