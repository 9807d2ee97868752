-- Incidents by tier (the maintained healdesk_tier, migration 0014).
WITH
--#include _scope
SELECT i.healdesk_tier AS tier,
       count(*) AS incidents
  FROM incidents i
  JOIN appliances a ON a.id = i.appliance_id
 CROSS JOIN scope sc
 WHERE (sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids))
   AND (sc.from_ts IS NULL OR i.reported_at >= sc.from_ts)
   AND (sc.to_ts IS NULL OR i.reported_at < sc.to_ts)
 GROUP BY 1
