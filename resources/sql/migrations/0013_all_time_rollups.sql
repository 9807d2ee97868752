-- All-time rows (grain a, period -infinity) next to the daily and monthly
-- ones, per site and for the whole fleet, in both the rollup and the
-- histogram. The dashboard's usual view is "all time"; read from the monthly
-- rows it summed every month of every runbook (23,000 histogram rows on the
-- 10M fleet, most of the 30 to 45 ms the runbook statistics took), from these
-- it reads one row per runbook, tier and bucket.
--
-- healdesk_rollup_statements gains the two levels; the statement that removes
-- emptied rows also corrects the all-time rows' latest start after removals
-- (from the monthly rows, which the statements before it corrected), so the
-- drain, the rebuild and trigger mode, which run those statements, need no
-- change. The existing rollups get their all-time rows from their monthly
-- rows, under the drain lock, with telemetry writers held off.

SELECT pg_advisory_xact_lock(hashtext('healdesk-rollup-drain'));
LOCK TABLE execution_telemetry IN SHARE MODE;

ALTER TABLE healdesk_telemetry_rollup DROP CONSTRAINT healdesk_telemetry_rollup_grain_check,
    ADD CONSTRAINT healdesk_telemetry_rollup_grain_check CHECK (grain IN ('d', 'm', 'a'));
ALTER TABLE healdesk_telemetry_hist DROP CONSTRAINT healdesk_telemetry_hist_grain_check,
    ADD CONSTRAINT healdesk_telemetry_hist_grain_check CHECK (grain IN ('d', 'm', 'a'));

CREATE OR REPLACE FUNCTION healdesk_rollup_statements(src TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE
AS $fn$
    SELECT ARRAY[
    format($q$
    WITH per_day AS (
        SELECT coalesce((b.started_at AT TIME ZONE 'UTC')::date, '-infinity'::date) AS day,
               b.site_id, b.runbook_id, b.tier,
               sum(b.sign) AS executions,
               coalesce(sum(b.sign) FILTER (WHERE b.success), 0) AS successes,
               coalesce(sum(b.sign) FILTER (WHERE b.duration IS NOT NULL), 0) AS duration_count,
               coalesce(sum(b.sign * b.duration) FILTER (WHERE b.duration IS NOT NULL), 0) AS duration_sum,
               max(b.started_at) FILTER (WHERE b.sign > 0) AS last_run
          FROM %s b
         GROUP BY 1, 2, 3, 4
    ), levels AS (
        SELECT l.grain, l.fleet,
               CASE WHEN l.fleet THEN '' ELSE p.site_id END AS site_id,
               CASE WHEN l.grain = 'a' THEN '-infinity'::date
                    WHEN l.grain = 'd' OR p.day = '-infinity' THEN p.day
                    ELSE date_trunc('month', p.day::timestamp)::date END AS period,
               p.runbook_id, p.tier,
               sum(p.executions) AS executions, sum(p.successes) AS successes,
               sum(p.duration_count) AS duration_count, sum(p.duration_sum) AS duration_sum,
               max(p.last_run) AS last_run
          FROM per_day p
         CROSS JOIN (VALUES ('d', false), ('d', true), ('m', false), ('m', true), ('a', false), ('a', true))
                    l (grain, fleet)
         GROUP BY 1, 2, 3, 4, 5, 6
    )
    INSERT INTO healdesk_telemetry_rollup AS r
    SELECT * FROM levels
     ORDER BY grain, fleet, site_id, period, runbook_id, tier
    ON CONFLICT (grain, fleet, site_id, period, runbook_id, tier) DO UPDATE
       SET executions = r.executions + excluded.executions,
           successes = r.successes + excluded.successes,
           duration_count = r.duration_count + excluded.duration_count,
           duration_sum = r.duration_sum + excluded.duration_sum,
           last_run = greatest(r.last_run, excluded.last_run)
    $q$, src),
    format($q$
    WITH per_day AS (
        SELECT coalesce((b.started_at AT TIME ZONE 'UTC')::date, '-infinity'::date) AS day,
               b.site_id, b.runbook_id, healdesk_duration_bucket(b.duration) AS bucket, sum(b.sign) AS n
          FROM %s b
         WHERE b.duration IS NOT NULL
         GROUP BY 1, 2, 3, 4
    ), levels AS (
        SELECT l.grain, l.fleet,
               CASE WHEN l.fleet THEN '' ELSE p.site_id END AS site_id,
               CASE WHEN l.grain = 'a' THEN '-infinity'::date
                    WHEN l.grain = 'd' OR p.day = '-infinity' THEN p.day
                    ELSE date_trunc('month', p.day::timestamp)::date END AS period,
               p.runbook_id, p.bucket, sum(p.n) AS n
          FROM per_day p
         CROSS JOIN (VALUES ('d', true), ('m', false), ('m', true), ('a', false), ('a', true)) l (grain, fleet)
         GROUP BY 1, 2, 3, 4, 5, 6
    )
    INSERT INTO healdesk_telemetry_hist AS h
    SELECT * FROM levels
     ORDER BY grain, fleet, site_id, period, runbook_id, bucket
    ON CONFLICT (grain, fleet, site_id, period, runbook_id, bucket) DO UPDATE
       SET n = h.n + excluded.n
    $q$, src),
    -- Keys that lost rows: the latest start is read again, per site and day
    -- from telemetry, every coarser level from the level below it.
    format($q$
    WITH shrunk AS (
        SELECT DISTINCT (b.started_at AT TIME ZONE 'UTC')::date AS day, b.site_id, b.runbook_id, b.tier
          FROM %s b
         WHERE b.sign < 0 AND b.started_at IS NOT NULL
    ), site_day AS (
        UPDATE healdesk_telemetry_rollup r
           SET last_run = (SELECT max(t.started_at)
                             FROM execution_telemetry t
                            WHERE t.site_id = s.site_id AND t.runbook_id = s.runbook_id
                              AND t.started_at >= s.day::timestamp AT TIME ZONE 'UTC'
                              AND t.started_at < (s.day + 1)::timestamp AT TIME ZONE 'UTC'
                              AND coalesce(healdesk_normalise_tier(t.resolution_level), 'unknown') = s.tier)
          FROM shrunk s
         WHERE r.grain = 'd' AND NOT r.fleet AND r.site_id = s.site_id AND r.period = s.day
           AND r.runbook_id = s.runbook_id AND r.tier = s.tier
        RETURNING r.site_id, r.period, r.runbook_id, r.tier, r.last_run
    ), site_month AS (
        UPDATE healdesk_telemetry_rollup r
           SET last_run = (SELECT max(x.last_run)
                             FROM (SELECT d.last_run
                                     FROM healdesk_telemetry_rollup d
                                    WHERE d.grain = 'd' AND NOT d.fleet AND d.site_id = r.site_id
                                      AND d.period >= r.period AND d.period < (r.period + interval '1 month')::date
                                      AND d.runbook_id = r.runbook_id AND d.tier = r.tier
                                      AND NOT EXISTS (SELECT 1 FROM shrunk s
                                                       WHERE s.site_id = d.site_id AND s.day = d.period
                                                         AND s.runbook_id = d.runbook_id AND s.tier = d.tier)
                                   UNION ALL
                                   SELECT sd.last_run
                                     FROM site_day sd
                                    WHERE sd.site_id = r.site_id AND date_trunc('month', sd.period::timestamp)::date = r.period
                                      AND sd.runbook_id = r.runbook_id AND sd.tier = r.tier) x)
          FROM (SELECT DISTINCT site_id, date_trunc('month', day::timestamp)::date AS month, runbook_id, tier FROM shrunk) s
         WHERE r.grain = 'm' AND NOT r.fleet AND r.site_id = s.site_id AND r.period = s.month
           AND r.runbook_id = s.runbook_id AND r.tier = s.tier
        RETURNING 1
    )
    SELECT count(*) FROM site_day
    $q$, src),
    -- Fleet rows are the sum of the site rows, so their latest start is the
    -- latest of the site rows (read after the statement above has committed
    -- its changes to the site rows).
    format($q$
    WITH shrunk AS (
        SELECT DISTINCT (b.started_at AT TIME ZONE 'UTC')::date AS day, b.runbook_id, b.tier
          FROM %s b
         WHERE b.sign < 0 AND b.started_at IS NOT NULL
    )
    UPDATE healdesk_telemetry_rollup r
       SET last_run = (SELECT max(d.last_run)
                         FROM healdesk_telemetry_rollup d
                        WHERE d.grain = 'd' AND NOT d.fleet AND d.period >= r.period
                          AND d.period < CASE WHEN r.grain = 'd' THEN r.period + 1
                                              ELSE (r.period + interval '1 month')::date END
                          AND d.runbook_id = r.runbook_id AND d.tier = r.tier)
      FROM (SELECT day AS period, 'd' AS grain, runbook_id, tier FROM shrunk
            UNION
            SELECT date_trunc('month', day::timestamp)::date, 'm', runbook_id, tier FROM shrunk) s
     WHERE r.grain = s.grain AND r.fleet AND r.site_id = '' AND r.period = s.period
       AND r.runbook_id = s.runbook_id AND r.tier = s.tier
    $q$, src),
    -- The all-time rows' latest start, from the monthly rows the two statements
    -- above corrected; in the statement that removes emptied rows (it runs
    -- after them), touching only rows it does not remove.
    format($q$
    WITH shrunk AS (
        SELECT DISTINCT b.site_id, b.runbook_id, b.tier
          FROM %s b
         WHERE b.sign < 0 AND b.started_at IS NOT NULL
    ), whole AS (
        UPDATE healdesk_telemetry_rollup r
           SET last_run = (SELECT max(m.last_run)
                             FROM healdesk_telemetry_rollup m
                            WHERE m.grain = 'm' AND m.fleet = r.fleet AND m.site_id = r.site_id
                              AND m.runbook_id = r.runbook_id AND m.tier = r.tier)
          FROM (SELECT s.site_id, s.runbook_id, s.tier, false AS fleet FROM shrunk s
                UNION
                SELECT '', s.runbook_id, s.tier, true FROM shrunk s) s
         WHERE r.grain = 'a' AND r.fleet = s.fleet AND r.site_id = s.site_id AND r.period = '-infinity'
           AND r.runbook_id = s.runbook_id AND r.tier = s.tier AND r.executions <> 0
        RETURNING 1
    )
    DELETE FROM healdesk_telemetry_rollup WHERE executions = 0
    $q$, src),
    $q$ DELETE FROM healdesk_telemetry_hist WHERE n = 0 $q$
    ]
$fn$;

INSERT INTO healdesk_telemetry_rollup
SELECT 'a', fleet, site_id, '-infinity', runbook_id, tier, sum(executions), sum(successes),
       sum(duration_count), sum(duration_sum), max(last_run)
  FROM healdesk_telemetry_rollup
 WHERE grain = 'm'
 GROUP BY fleet, site_id, runbook_id, tier;
INSERT INTO healdesk_telemetry_hist
SELECT 'a', fleet, site_id, '-infinity', runbook_id, bucket, sum(n)
  FROM healdesk_telemetry_hist
 WHERE grain = 'm'
 GROUP BY fleet, site_id, runbook_id, bucket;
