-- After _rollup_bounds: the scope's incidents as counted (tier, n) rows. The
-- whole days come from healdesk_incident_counts (0016), its all-time rows
-- when the period is open at both ends, the whole-fleet rows when nothing
-- narrows the scope or the login (the same test as the telemetry rollups:
-- both tables have the same policies); the partial days at either end are
-- counted from incidents through their reported_at index.
, counted AS (
    SELECT c.tier, c.n
      FROM bounds b
      JOIN healdesk_incident_counts c
        ON c.grain = 'a' AND c.fleet AND c.site_id = '' AND c.day = '-infinity'
     WHERE b.use_fleet AND b.from_ts IS NULL AND b.to_ts IS NULL
    UNION ALL
    SELECT c.tier, c.n
      FROM bounds b
      JOIN healdesk_incident_counts c
        ON c.grain = 'd' AND c.fleet AND c.site_id = '' AND c.day >= b.d1 AND c.day < b.d2
     WHERE b.use_fleet AND (b.from_ts IS NOT NULL OR b.to_ts IS NOT NULL)
    UNION ALL
    SELECT c.tier, c.n
      FROM bounds b
     CROSS JOIN LATERAL unnest(b.site_list) AS site (id)
      JOIN healdesk_incident_counts c
        ON c.grain = 'a' AND NOT c.fleet AND c.site_id = site.id AND c.day = '-infinity'
     WHERE NOT b.use_fleet AND b.from_ts IS NULL AND b.to_ts IS NULL
    UNION ALL
    SELECT c.tier, c.n
      FROM bounds b
     CROSS JOIN LATERAL unnest(b.site_list) AS site (id)
      JOIN healdesk_incident_counts c
        ON c.grain = 'd' AND NOT c.fleet AND c.site_id = site.id AND c.day >= b.d1 AND c.day < b.d2
     WHERE NOT b.use_fleet AND (b.from_ts IS NOT NULL OR b.to_ts IS NOT NULL)
    UNION ALL
    SELECT i.healdesk_tier, 1
      FROM bounds b
     CROSS JOIN LATERAL (
        SELECT i.healdesk_tier, i.appliance_id
          FROM incidents i
         WHERE i.reported_at >= b.from_ts AND i.reported_at < least(b.d1_ts, b.to_ts)
        UNION ALL
        SELECT i.healdesk_tier, i.appliance_id
          FROM incidents i
         WHERE i.reported_at >= greatest(b.d2_ts, least(b.d1_ts, b.to_ts)) AND i.reported_at < b.to_ts
     ) i
     WHERE b.use_fleet
        OR EXISTS (SELECT 1 FROM appliances a WHERE a.id = i.appliance_id AND a.site_id = ANY (b.site_list))
)
