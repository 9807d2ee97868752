-- Incidents by tier from the definition itself, an execution lookup per
-- incident (stats_incidents_by_tier reads the maintained healdesk_tier):
-- the raw source of the statistics and the benchmark's baseline.
WITH
--#include _scope
SELECT coalesce(latest.tier, healdesk_normalise_tier(i.resolution_tier), 'none') AS tier,
       count(*) AS incidents
  FROM incidents i
  JOIN appliances a ON a.id = i.appliance_id
 CROSS JOIN scope sc
  LEFT JOIN LATERAL (
      SELECT healdesk_normalise_tier(e.resolution_level) AS tier
        FROM execution_telemetry e
       WHERE e.incident_id = i.id::text
         AND healdesk_normalise_tier(e.resolution_level) IS NOT NULL
       ORDER BY coalesce(e.completed_at, e.started_at, e.created_at) DESC NULLS LAST, e.id DESC
       LIMIT 1
  ) latest ON true
 WHERE (sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids))
   AND (sc.from_ts IS NULL OR i.reported_at >= sc.from_ts)
   AND (sc.to_ts IS NULL OR i.reported_at < sc.to_ts)
 GROUP BY 1
