-- Incidents by tier from the definition itself, an execution lookup per
-- incident (stats_incidents_by_tier reads the maintained healdesk_tier):
-- the raw source of the statistics and the benchmark's baseline.
WITH
--#include _scope
SELECT healdesk_tier_of(i.id, i.resolution_tier, i.healdesk_human_resolved_at) AS tier,
       count(*) AS incidents
  FROM incidents i
  JOIN appliances a ON a.id = i.appliance_id
 CROSS JOIN scope sc
 WHERE (sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids))
   AND (sc.from_ts IS NULL OR i.reported_at >= sc.from_ts)
   AND (sc.to_ts IS NULL OR i.reported_at < sc.to_ts)
 GROUP BY 1
