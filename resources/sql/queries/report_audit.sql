-- Audit rows of the period that concern the scope: actions on its orders, and
-- other (admin) actions whose details name a site in scope or no site at all;
-- one that names a partner concerns only that partner's sites.
WITH
--#include _scope
SELECT l.id, l.created_at, l.username, l.action, l.target, l.details::text AS details
  FROM admin_audit_log l
 CROSS JOIN scope sc
  LEFT JOIN orders o ON l.action LIKE 'order.%' AND o.order_id = l.target
  LEFT JOIN appliances a ON a.id = o.appliance_id
 WHERE (sc.from_ts IS NULL OR l.created_at >= sc.from_ts)
   AND (sc.to_ts IS NULL OR l.created_at < sc.to_ts)
   AND CASE WHEN l.action LIKE 'order.%'
            THEN a.id IS NOT NULL AND (sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids))
            WHEN jsonb_typeof(l.details) IS DISTINCT FROM 'object' THEN true
            -- A partner's own change (its logo) concerns that partner's sites only.
            WHEN l.details ->> 'partner_id' IS NOT NULL
            THEN EXISTS (SELECT 1 FROM sites s
                          WHERE s.partner_id::text = l.details ->> 'partner_id'
                            AND (sc.site_ids IS NULL OR s.id = ANY (sc.site_ids)))
            ELSE l.details ->> 'site_id' IS NULL OR sc.site_ids IS NULL
                 OR l.details ->> 'site_id' = ANY (sc.site_ids) END
 ORDER BY l.created_at, l.id
