-- After _scope: how the period splits for the rollups. d1..d2 are the whole
-- UTC days inside it, m_lo..m_hi the whole months inside those (empty when
-- m_hi = m_lo); d1_ts and d2_ts are those days as times. The rest of the
-- period, at most a partial day at each end, is read from telemetry.
-- use_fleet: nothing narrows the scope and no row policy narrows this login,
-- so the whole-fleet rows answer; otherwise the site rows of site_list: the
-- scope's sites, or every site the login may see (the policies filter sites).
-- Materialized: inlined, the scope's site lookup ran once per use of site_ids.
, bounds_days AS MATERIALIZED (
    SELECT sc.site_ids, sc.from_ts, sc.to_ts,
           sc.site_ids IS NULL AND NOT row_security_active('healdesk_telemetry_rollup') AS use_fleet,
           CASE WHEN sc.from_ts IS NULL THEN '-infinity'::date
                WHEN (sc.from_ts AT TIME ZONE 'UTC') = (sc.from_ts AT TIME ZONE 'UTC')::date::timestamp
                THEN (sc.from_ts AT TIME ZONE 'UTC')::date
                ELSE (sc.from_ts AT TIME ZONE 'UTC')::date + 1 END AS d1,
           CASE WHEN sc.to_ts IS NULL THEN 'infinity'::date ELSE (sc.to_ts AT TIME ZONE 'UTC')::date END AS d2
      FROM scope sc
)
, bounds AS (
    SELECT bd.*, m.m_lo, greatest(m.m_lo, m.m_top) AS m_hi,
           CASE WHEN bd.use_fleet THEN NULL
                ELSE coalesce(bd.site_ids, ARRAY(SELECT s.id::text FROM sites s)) END AS site_list,
           CASE WHEN bd.from_ts IS NULL THEN '-infinity'::timestamptz
                ELSE bd.d1::timestamp AT TIME ZONE 'UTC' END AS d1_ts,
           CASE WHEN bd.to_ts IS NULL THEN 'infinity'::timestamptz
                ELSE bd.d2::timestamp AT TIME ZONE 'UTC' END AS d2_ts
      FROM bounds_days bd
     CROSS JOIN LATERAL (
        SELECT CASE WHEN bd.d1 = '-infinity' THEN bd.d1
                    ELSE (date_trunc('month', (bd.d1 - 1)::timestamp) + interval '1 month')::date END AS m_lo,
               CASE WHEN bd.d2 = 'infinity' THEN bd.d2
                    ELSE date_trunc('month', bd.d2::timestamp)::date END AS m_top) m
)
