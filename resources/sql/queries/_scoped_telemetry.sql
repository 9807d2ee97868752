-- Telemetry rows (alias e) in the scope (alias sc, named before this in FROM)
-- and period, by started_at. Two branches, one skipped at run time by its
-- one-time filter: everything (orphan telemetry included) when nothing narrows
-- the scope, else the scope's sites through the (site_id, started_at) index.
-- Written as one OR, the site condition could use no index at all.
CROSS JOIN LATERAL (
    SELECT t.*
      FROM execution_telemetry t
     WHERE sc.site_ids IS NULL
       AND (sc.from_ts IS NULL OR t.started_at >= sc.from_ts)
       AND (sc.to_ts IS NULL OR t.started_at < sc.to_ts)
    UNION ALL
    SELECT t.*
      FROM execution_telemetry t
     WHERE t.site_id = ANY (sc.site_ids)
       AND (sc.from_ts IS NULL OR t.started_at >= sc.from_ts)
       AND (sc.to_ts IS NULL OR t.started_at < sc.to_ts)
) e
