-- Incidents of the report: one row per (severity, status) for those reported in
-- the period, with resolved counts and the summed time to resolve, plus those
-- open at the period end (open_backlog): reported before it and not resolved
-- or closed before it. resolved_by_end counts the period's incidents resolved
-- (with a resolution time) before the period end, healed_auto those of them
-- whose tier is L1 or L2. Severity and status are lower-cased; open means
-- neither resolved nor closed.
WITH
--#include _scope
, inc AS (
    SELECT lower(i.severity) AS severity, lower(i.status) AS status, i.reported_at, i.resolved_at,
           lower(i.status) NOT IN ('resolved', 'closed') AS is_open, i.healdesk_tier AS tier,
           (lower(i.status) NOT IN ('resolved', 'closed') OR i.resolved_at >= sc.to_ts) AS open_at_end
      FROM incidents i
      JOIN appliances a ON a.id = i.appliance_id
     CROSS JOIN scope sc
     WHERE (sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids))
       AND (sc.to_ts IS NULL OR i.reported_at < sc.to_ts)
)
SELECT i.severity, i.status,
       count(*) FILTER (WHERE sc.from_ts IS NULL OR i.reported_at >= sc.from_ts) AS in_period,
       count(*) FILTER (WHERE (sc.from_ts IS NULL OR i.reported_at >= sc.from_ts) AND NOT i.is_open
                          AND i.resolved_at >= i.reported_at) AS resolved_with_time,
       coalesce(sum(extract(epoch FROM i.resolved_at - i.reported_at))
                FILTER (WHERE (sc.from_ts IS NULL OR i.reported_at >= sc.from_ts) AND NOT i.is_open
                          AND i.resolved_at >= i.reported_at), 0)::double precision AS resolve_seconds,
       count(*) FILTER (WHERE i.open_at_end) AS open_backlog,
       count(*) FILTER (WHERE (sc.from_ts IS NULL OR i.reported_at >= sc.from_ts) AND NOT i.is_open
                          AND i.resolved_at < sc.to_ts) AS resolved_by_end,
       count(*) FILTER (WHERE (sc.from_ts IS NULL OR i.reported_at >= sc.from_ts) AND NOT i.is_open
                          AND i.resolved_at < sc.to_ts AND i.tier IN ('L1', 'L2')) AS healed_auto
  FROM inc i
 CROSS JOIN scope sc
 GROUP BY i.severity, i.status
 ORDER BY i.severity, i.status
