-- Orders issued in the period against appliances in scope, oldest first.
WITH
--#include _scope
SELECT o.order_id, o.issued_at, a.site_id, a.hostname, o.runbook_id, o.status, o.issued_by, o.reason,
       o.result::text AS result, o.completed_at, o.inferred
  FROM orders o
  JOIN appliances a ON a.id = o.appliance_id
 CROSS JOIN scope sc
 WHERE (sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids))
   AND (sc.from_ts IS NULL OR o.issued_at >= sc.from_ts)
   AND (sc.to_ts IS NULL OR o.issued_at < sc.to_ts)
 ORDER BY o.issued_at, o.order_id
