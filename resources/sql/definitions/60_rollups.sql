-- Telemetry rollups.

-- Rollups of execution_telemetry, so the dashboard and the reports read a few
-- thousand rows instead of scanning millions (migrations 0012 and 0013 made
-- the tables).
--
-- healdesk_telemetry_rollup holds, per period and runbook ID as telemetry
-- recorded it (resolved through the mapping when read, so editing the mapping
-- never makes a rollup stale) and normalised tier: executions, successes, the
-- count and sum of durations and the latest start. healdesk_telemetry_hist
-- holds a duration histogram with logarithmic buckets 8 percent wide, so a p95
-- read from it is within 4 percent of the exact one.
-- Four levels of each: grain d (UTC day) or m (UTC month), for one site_id or
-- for the whole fleet (fleet = true, site_id empty; orphan telemetry
-- included). Rows without started_at go to period -infinity. The histogram
-- has no per-site daily level: at that grain nearly every execution would be
-- a row of its own (11.5M rows for 10M executions), so readers take a site's
-- whole days outside whole months from telemetry for the p95 alone.
--
-- Telemetry triggers queue every change in healdesk_telemetry_delta (inserts
-- as +1, deletes as -1, updates as both). In mode job a drain,
-- healdesk_rollup_drain(), moves the queue into the rollups; the console runs
-- it every few seconds and healdesk rollup drain runs it from a timer. In mode
-- trigger the inserting statement applies its own rows at once. Readers add
-- the queued rows to the rollups in one snapshot, so figures are exact in both
-- modes whether or not a drain has run.
CREATE OR REPLACE FUNCTION healdesk_duration_bucket(d DOUBLE PRECISION) RETURNS SMALLINT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN d IS NULL THEN NULL
                WHEN d = 'NaN'::float8 OR d = 'Infinity'::float8 THEN 32767
                WHEN d <= 0 THEN -32768
                ELSE greatest(-32767, least(32766, floor(ln(d) / ln(1.08))))::smallint END
$$;

-- The value a bucket stands for: the geometric middle of its range, 0 for the
-- bucket of zero and negative durations.
CREATE OR REPLACE FUNCTION healdesk_bucket_value(b SMALLINT) RETURNS DOUBLE PRECISION
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN b = -32768 THEN 0 WHEN b = 32767 THEN 'Infinity'::float8 ELSE power(1.08::float8, b + 0.5) END
$$;

-- Runs the statements for a batch; the last four only when it removed rows.
CREATE OR REPLACE FUNCTION healdesk_rollup_apply_batch(src TEXT, shrinks BOOLEAN) RETURNS VOID
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
DECLARE
    statements TEXT[] := healdesk_rollup_statements(src);
BEGIN
    EXECUTE statements[1];
    EXECUTE statements[2];
    IF shrinks THEN
        EXECUTE statements[3];
        EXECUTE statements[4];
        EXECUTE statements[5];
        EXECUTE statements[6];
    END IF;
END;
$$;

-- Moves the queue into the rollups. Returns how many queued changes it
-- applied, or -1 when another drain holds the lock (that one does the work).
CREATE OR REPLACE FUNCTION healdesk_rollup_drain() RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    moved BIGINT;
    shrinks BOOLEAN;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('healdesk-rollup-drain')) THEN
        RETURN -1;
    END IF;
    CREATE TEMP TABLE healdesk_drain_batch ON COMMIT DROP AS
        WITH taken AS (DELETE FROM healdesk_telemetry_delta RETURNING *) SELECT * FROM taken;
    SELECT count(*), coalesce(bool_or(sign < 0), false) INTO moved, shrinks FROM healdesk_drain_batch;
    IF moved > 0 THEN
        PERFORM healdesk_rollup_apply_batch('pg_temp.healdesk_drain_batch', shrinks);
    END IF;
    DROP TABLE healdesk_drain_batch;
    -- Incidents whose tier concurrent inserts may have left stale.
    PERFORM healdesk_incident_tier_recheck();
    UPDATE healdesk_rollup_config SET drained_at = clock_timestamp();
    RETURN moved;
END;
$$;

-- Builds the rollups again from telemetry (after a bulk load with triggers
-- off, or to check them). Holds the drain lock and blocks telemetry writers
-- while it runs.
CREATE OR REPLACE FUNCTION healdesk_rollup_rebuild() RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    total BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('healdesk-rollup-drain'));
    LOCK TABLE execution_telemetry IN SHARE MODE;
    TRUNCATE healdesk_telemetry_rollup, healdesk_telemetry_hist, healdesk_telemetry_delta;
    PERFORM healdesk_rollup_apply_batch(
        '(SELECT 1::smallint AS sign, t.site_id, t.runbook_id,
                 coalesce(healdesk_normalise_tier(t.resolution_level), ''unknown'') AS tier,
                 t.success, t.duration_seconds AS duration, t.started_at
            FROM execution_telemetry t)', false);
    SELECT coalesce(sum(executions), 0) INTO total
      FROM healdesk_telemetry_rollup WHERE grain = 'd' AND fleet;
    RETURN total;
END;
$$;

-- The triggers: queue the change, and in mode trigger apply it at once. The
-- queueing statements are static SQL, planned once per session: they run on
-- every insert of every agent.
CREATE OR REPLACE FUNCTION healdesk_rollup_capture() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    statements TEXT[];
    src TEXT;
BEGIN
    IF (SELECT c.mode FROM healdesk_rollup_config c) = 'job' THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO healdesk_telemetry_delta
            SELECT 1, n.site_id, n.runbook_id, coalesce(healdesk_normalise_tier(n.resolution_level), 'unknown'),
                   n.success, n.duration_seconds, n.started_at
              FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO healdesk_telemetry_delta
            SELECT -1, o.site_id, o.runbook_id, coalesce(healdesk_normalise_tier(o.resolution_level), 'unknown'),
                   o.success, o.duration_seconds, o.started_at
              FROM old_rows o;
        ELSE
            -- Only rows whose counted columns changed; old and new paired by id.
            INSERT INTO healdesk_telemetry_delta
            SELECT c.*
              FROM old_rows o
              JOIN new_rows n ON n.id = o.id
             CROSS JOIN LATERAL (VALUES
                   (-1::smallint, o.site_id, o.runbook_id,
                    coalesce(healdesk_normalise_tier(o.resolution_level), 'unknown'),
                    o.success, o.duration_seconds, o.started_at),
                   (1::smallint, n.site_id, n.runbook_id,
                    coalesce(healdesk_normalise_tier(n.resolution_level), 'unknown'),
                    n.success, n.duration_seconds, n.started_at))
                   c (sign, site_id, runbook_id, tier, success, duration, started_at)
             WHERE (o.site_id, o.runbook_id, o.resolution_level, o.success, o.duration_seconds, o.started_at)
                   IS DISTINCT FROM
                   (n.site_id, n.runbook_id, n.resolution_level, n.success, n.duration_seconds, n.started_at);
        END IF;
        RETURN NULL;
    END IF;
    -- Mode trigger: the same rows as a relation for the shared statements.
    IF TG_OP = 'INSERT' THEN
        src := '(SELECT 1::smallint AS sign, n.site_id, n.runbook_id,
                        coalesce(healdesk_normalise_tier(n.resolution_level), ''unknown'') AS tier,
                        n.success, n.duration_seconds AS duration, n.started_at
                   FROM new_rows n)';
    ELSIF TG_OP = 'DELETE' THEN
        src := '(SELECT -1::smallint AS sign, o.site_id, o.runbook_id,
                        coalesce(healdesk_normalise_tier(o.resolution_level), ''unknown'') AS tier,
                        o.success, o.duration_seconds AS duration, o.started_at
                   FROM old_rows o)';
    ELSE
        src := '(SELECT c.* FROM old_rows o JOIN new_rows n ON n.id = o.id
                  CROSS JOIN LATERAL (VALUES
                        (-1::smallint, o.site_id, o.runbook_id,
                         coalesce(healdesk_normalise_tier(o.resolution_level), ''unknown''),
                         o.success, o.duration_seconds, o.started_at),
                        (1::smallint, n.site_id, n.runbook_id,
                         coalesce(healdesk_normalise_tier(n.resolution_level), ''unknown''),
                         n.success, n.duration_seconds, n.started_at))
                        c (sign, site_id, runbook_id, tier, success, duration, started_at)
                 WHERE (o.site_id, o.runbook_id, o.resolution_level, o.success, o.duration_seconds, o.started_at)
                       IS DISTINCT FROM
                       (n.site_id, n.runbook_id, n.resolution_level, n.success, n.duration_seconds, n.started_at))';
    END IF;
    statements := healdesk_rollup_statements(src);
    EXECUTE statements[1];
    EXECUTE statements[2];
    IF TG_OP <> 'INSERT' THEN
        EXECUTE statements[3];
        EXECUTE statements[4];
        EXECUTE statements[5];
        EXECUTE statements[6];
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_rollup_insert AFTER INSERT ON execution_telemetry
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_rollup_capture();

CREATE OR REPLACE TRIGGER healdesk_rollup_delete AFTER DELETE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_rollup_capture();

CREATE OR REPLACE TRIGGER healdesk_rollup_update AFTER UPDATE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_rollup_capture();

CREATE OR REPLACE FUNCTION healdesk_rollup_truncate() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    TRUNCATE healdesk_telemetry_rollup, healdesk_telemetry_hist, healdesk_telemetry_delta;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_rollup_truncate AFTER TRUNCATE ON execution_telemetry
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_rollup_truncate();

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

-- Who may call them: the drain runs from every console, a rebuild is an admin's.
REVOKE EXECUTE ON FUNCTION healdesk_rollup_drain(), healdesk_rollup_rebuild() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION healdesk_rollup_drain() TO healdesk_technician;
GRANT EXECUTE ON FUNCTION healdesk_rollup_rebuild() TO healdesk_admin;
