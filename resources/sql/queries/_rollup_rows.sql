-- After _rollup_bounds and a spans CTE: the scope's telemetry in one shape,
-- from three sources that never overlap: rollup rows for the whole days,
-- queued changes not yet drained into them for the same days, and telemetry
-- itself for the partial days at either end. Rows without a start time count
-- only when the period is open at both ends, as in the raw queries.
-- rolled: runbook_id (as recorded), tier, day (the period start for rollup
-- rows), executions, successes, duration_count, duration_sum, last_run.
-- rolled_hist: runbook_id, bucket, n (see site_days_raw).
-- A queued removal can take away the latest run a rollup row or an earlier
-- queued row remembers; for those keys, until the drain has run, the latest
-- run is read from telemetry.
, partial_raw AS (
    SELECT t.runbook_id, coalesce(healdesk_normalise_tier(t.resolution_level), 'unknown') AS tier,
           t.started_at, t.success, t.duration_seconds
      FROM bounds b
     CROSS JOIN LATERAL (
        SELECT t.*
          FROM execution_telemetry t
         WHERE b.site_ids IS NULL
           AND ((t.started_at >= b.from_ts AND t.started_at < least(b.d1_ts, b.to_ts))
             OR (t.started_at >= greatest(b.d2_ts, least(b.d1_ts, b.to_ts)) AND t.started_at < b.to_ts))
        UNION ALL
        SELECT t.*
          FROM execution_telemetry t
         WHERE t.site_id = ANY (b.site_ids)
           AND ((t.started_at >= b.from_ts AND t.started_at < least(b.d1_ts, b.to_ts))
             OR (t.started_at >= greatest(b.d2_ts, least(b.d1_ts, b.to_ts)) AND t.started_at < b.to_ts))
     ) t
)
, queued AS (
    SELECT q.*
      FROM bounds b
      JOIN healdesk_telemetry_delta q
        ON (b.site_ids IS NULL OR q.site_id = ANY (b.site_ids))
       AND ((q.started_at >= b.d1_ts AND q.started_at < b.d2_ts AND b.d1 < b.d2)
         OR (q.started_at IS NULL AND b.from_ts IS NULL AND b.to_ts IS NULL))
)
, shrunk AS (
    SELECT DISTINCT q.runbook_id, q.tier FROM queued q WHERE q.sign < 0
)
, stored AS (
    SELECT r.*
      FROM bounds b
      JOIN spans s ON s.lo < s.hi AND b.use_fleet
     CROSS JOIN LATERAL (
        SELECT r.* FROM healdesk_telemetry_rollup r
         WHERE r.grain = s.grain AND r.fleet AND r.site_id = '' AND r.period >= s.lo AND r.period < s.hi) r
     WHERE r.period <> '-infinity' OR (b.from_ts IS NULL AND b.to_ts IS NULL)
    UNION ALL
    SELECT r.*
      FROM bounds b
      JOIN spans s ON s.lo < s.hi AND NOT b.use_fleet
     CROSS JOIN LATERAL unnest(b.site_list) AS site (id)
     CROSS JOIN LATERAL (
        SELECT r.* FROM healdesk_telemetry_rollup r
         WHERE r.grain = s.grain AND NOT r.fleet AND r.site_id = site.id
           AND r.period >= s.lo AND r.period < s.hi) r
     WHERE r.period <> '-infinity' OR (b.from_ts IS NULL AND b.to_ts IS NULL)
)
, stored_hist AS (
    SELECT h.*
      FROM bounds b
      JOIN spans s ON s.lo < s.hi AND b.use_fleet
     CROSS JOIN LATERAL (
        SELECT h.* FROM healdesk_telemetry_hist h
         WHERE h.grain = s.grain AND h.fleet AND h.site_id = '' AND h.period >= s.lo AND h.period < s.hi) h
     WHERE h.period <> '-infinity' OR (b.from_ts IS NULL AND b.to_ts IS NULL)
    UNION ALL
    SELECT h.*
      FROM bounds b
      JOIN spans s ON s.lo < s.hi AND s.grain <> 'd' AND NOT b.use_fleet
     CROSS JOIN LATERAL unnest(b.site_list) AS site (id)
     CROSS JOIN LATERAL (
        SELECT h.* FROM healdesk_telemetry_hist h
         WHERE h.grain = s.grain AND NOT h.fleet AND h.site_id = site.id
           AND h.period >= s.lo AND h.period < s.hi) h
     WHERE h.period <> '-infinity' OR (b.from_ts IS NULL AND b.to_ts IS NULL)
)
-- Site rows have no daily histogram: their whole days outside whole months
-- come from telemetry (durations only), and the queued rows of those days
-- are already in it.
, site_days_raw AS (
    SELECT t.runbook_id, t.duration_seconds
      FROM bounds b
      JOIN spans s ON s.lo < s.hi AND s.grain = 'd' AND NOT b.use_fleet
     CROSS JOIN LATERAL (
        SELECT t.runbook_id, t.duration_seconds
          FROM execution_telemetry t
         WHERE b.site_ids IS NULL
           AND t.started_at >= s.lo::timestamp AT TIME ZONE 'UTC' AND t.started_at < s.hi::timestamp AT TIME ZONE 'UTC'
        UNION ALL
        SELECT t.runbook_id, t.duration_seconds
          FROM execution_telemetry t
         WHERE t.site_id = ANY (b.site_ids)
           AND t.started_at >= s.lo::timestamp AT TIME ZONE 'UTC' AND t.started_at < s.hi::timestamp AT TIME ZONE 'UTC'
     ) t
     WHERE t.duration_seconds IS NOT NULL
)
, queued_hist AS (
    SELECT q.runbook_id, q.duration, q.sign
      FROM bounds b
      JOIN queued q ON q.duration IS NOT NULL
      JOIN spans s
        ON s.lo < s.hi AND (b.use_fleet OR s.grain <> 'd')
       AND coalesce((q.started_at AT TIME ZONE 'UTC')::date, '-infinity'::date) >= s.lo
       AND coalesce((q.started_at AT TIME ZONE 'UTC')::date, '-infinity'::date) < s.hi
)
, rolled AS (
    SELECT r.runbook_id, r.tier, r.period AS day, r.executions, r.successes, r.duration_count, r.duration_sum,
           CASE WHEN NOT EXISTS (SELECT 1 FROM shrunk k WHERE k.runbook_id = r.runbook_id AND k.tier = r.tier)
                THEN r.last_run END AS last_run
      FROM stored r
    UNION ALL
    SELECT k.runbook_id, k.tier, '-infinity'::date, 0, 0, 0, 0,
           (SELECT max(t.started_at)
              FROM execution_telemetry t
             WHERE t.runbook_id = k.runbook_id
               AND coalesce(healdesk_normalise_tier(t.resolution_level), 'unknown') = k.tier
               AND (b.site_ids IS NULL OR t.site_id = ANY (b.site_ids))
               AND t.started_at >= b.d1_ts AND t.started_at < b.d2_ts)
      FROM shrunk k
     CROSS JOIN bounds b
    UNION ALL
    SELECT q.runbook_id, q.tier, coalesce((q.started_at AT TIME ZONE 'UTC')::date, '-infinity'::date), q.sign,
           CASE WHEN q.success THEN q.sign ELSE 0 END, CASE WHEN q.duration IS NULL THEN 0 ELSE q.sign END,
           coalesce(q.sign * q.duration, 0),
           CASE WHEN q.sign > 0 AND NOT EXISTS (SELECT 1 FROM shrunk k
                                                 WHERE k.runbook_id = q.runbook_id AND k.tier = q.tier)
                THEN q.started_at END
      FROM queued q
    UNION ALL
    SELECT p.runbook_id, p.tier, (p.started_at AT TIME ZONE 'UTC')::date, 1, CASE WHEN p.success THEN 1 ELSE 0 END,
           CASE WHEN p.duration_seconds IS NULL THEN 0 ELSE 1 END, coalesce(p.duration_seconds, 0), p.started_at
      FROM partial_raw p
)
, rolled_hist AS (
    SELECT h.runbook_id, h.bucket, h.n FROM stored_hist h
    UNION ALL
    SELECT q.runbook_id, healdesk_duration_bucket(q.duration), q.sign FROM queued_hist q
    UNION ALL
    SELECT r.runbook_id, healdesk_duration_bucket(r.duration_seconds), 1 FROM site_days_raw r
    UNION ALL
    SELECT p.runbook_id, healdesk_duration_bucket(p.duration_seconds), 1
      FROM partial_raw p
     WHERE p.duration_seconds IS NOT NULL
)
