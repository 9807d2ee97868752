-- Incidents by tier (the maintained healdesk_tier, migration 0014). The
-- whole fleet reads incidents alone (every incident has an appliance); a
-- scope of sites reads its appliances' incidents through the
-- (appliance_id, reported_at) index, which the planner would not choose
-- from its estimate of a site's appliances (a scan of every incident).
WITH
--#include _scope
SELECT t.tier, sum(t.n)::bigint AS incidents
  FROM (SELECT i.healdesk_tier AS tier, count(*) AS n
          FROM incidents i
         CROSS JOIN scope sc
         WHERE sc.site_ids IS NULL
           AND (sc.from_ts IS NULL OR i.reported_at >= sc.from_ts)
           AND (sc.to_ts IS NULL OR i.reported_at < sc.to_ts)
         GROUP BY 1
        UNION ALL
        SELECT i.tier, count(*)
          FROM scope sc
          JOIN appliances a ON a.site_id = ANY (sc.site_ids)
         CROSS JOIN LATERAL (
             SELECT i.healdesk_tier AS tier
               FROM incidents i
              WHERE i.appliance_id = a.id
                AND (sc.from_ts IS NULL OR i.reported_at >= sc.from_ts)
                AND (sc.to_ts IS NULL OR i.reported_at < sc.to_ts)
         ) i
         WHERE sc.site_ids IS NOT NULL
         GROUP BY 1) t
 GROUP BY 1
