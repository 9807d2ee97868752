-- Telemetry rows (alias e) inside the scope (alias sc) and period, by started_at.
(sc.site_ids IS NULL OR e.site_id = ANY (sc.site_ids))
AND (sc.from_ts IS NULL OR e.started_at >= sc.from_ts)
AND (sc.to_ts IS NULL OR e.started_at < sc.to_ts)
