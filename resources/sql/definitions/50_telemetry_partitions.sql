-- Telemetry partitions and keys. execution_telemetry is partitioned by UTC
-- month of started_at (migration 0019: the time the rollups, the partial-day
-- reads and the order matching filter on), so those reads touch one month's
-- partition and its indexes, and an old month can be detached or dropped
-- whole instead of deleted row by row.
--
-- Partitions are named execution_telemetry_YYYY_MM. Rows without started_at,
-- and rows of a month that has no partition yet, go to
-- execution_telemetry_default; healdesk_telemetry_partitions_ensure() makes a
-- month's partition and moves that month's rows out of the default one.
-- Before each rollup drain, healdesk_telemetry_partitions_ahead() makes the
-- partitions of this month and the next three.
--
-- A partitioned table can only have unique constraints that include the
-- partition key, and started_at may be NULL, so the legacy PRIMARY KEY (id)
-- and UNIQUE (execution_id) cannot stay on the table itself. Both are kept
-- for the whole table by healdesk_telemetry_keys: a statement trigger adds
-- every new row's keys there, and a duplicate fails the insert with the same
-- SQLSTATE 23505 (unique_violation) as the legacy table. A writer using
-- INSERT ... ON CONFLICT (execution_id) has no constraint to name. Inserted
-- rows' keys are added by healdesk_telemetry_inserted (85_telemetry_insert.sql);
-- the triggers here keep them on delete, update and truncate.

-- A UTC month's bounds.
CREATE OR REPLACE FUNCTION healdesk_month_bounds(month DATE, OUT lo TIMESTAMPTZ, OUT hi TIMESTAMPTZ)
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT date_trunc('month', month::timestamp) AT TIME ZONE 'UTC',
           (date_trunc('month', month::timestamp) + interval '1 month') AT TIME ZONE 'UTC'
$$;

-- Makes the partition of every UTC month from the one holding first to the
-- one holding last, where it is missing; rows of such a month waiting in the
-- default partition move into it. Returns how many partitions it made.
CREATE OR REPLACE FUNCTION healdesk_telemetry_partitions_ensure(first TIMESTAMPTZ, last TIMESTAMPTZ) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    month DATE := date_trunc('month', first AT TIME ZONE 'UTC')::date;
    stop DATE := date_trunc('month', last AT TIME ZONE 'UTC')::date;
    part TEXT;
    b RECORD;
    made INTEGER := 0;
BEGIN
    IF first IS NULL OR last IS NULL OR NOT isfinite(first) OR NOT isfinite(last) OR stop < month THEN
        RETURN 0;
    END IF;
    IF stop > month + interval '10 years' THEN
        RAISE EXCEPTION 'telemetry partitions from % to %: more than ten years of months', first, last
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    WHILE month <= stop LOOP
        part := 'execution_telemetry_' || to_char(month, 'YYYY_MM');
        IF to_regclass('public.' || quote_ident(part)) IS NULL THEN
            SELECT * INTO b FROM healdesk_month_bounds(month);
            -- No writer adds to the default partition while its rows of this
            -- month move out (they wait, then route to the new partition).
            LOCK TABLE execution_telemetry_default IN ACCESS EXCLUSIVE MODE;
            EXECUTE format('CREATE TABLE public.%I (LIKE execution_telemetry INCLUDING DEFAULTS INCLUDING STORAGE '
                           'INCLUDING COMPRESSION INCLUDING CONSTRAINTS)', part);
            EXECUTE format('WITH moved AS (DELETE FROM execution_telemetry_default '
                           'WHERE started_at >= %L AND started_at < %L RETURNING *) '
                           'INSERT INTO public.%I SELECT * FROM moved', b.lo, b.hi, part);
            EXECUTE format('ALTER TABLE execution_telemetry ATTACH PARTITION public.%I FOR VALUES FROM (%L) TO (%L)',
                           part, b.lo, b.hi);
            made := made + 1;
        END IF;
        month := (month + interval '1 month')::date;
    END LOOP;
    RETURN made;
END;
$$;

-- This month and the next three, called in a short transaction of its own
-- before each rollup drain (every few seconds): a month is made long before
-- its first row, and a partition it cannot lock at once (a long reader) is
-- left for the next drain.
CREATE OR REPLACE FUNCTION healdesk_telemetry_partitions_ahead() RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    SET lock_timeout = '200ms'
AS $$
DECLARE
    last DATE := (date_trunc('month', now() AT TIME ZONE 'UTC') + interval '3 months')::date;
BEGIN
    IF to_regclass('public.' || quote_ident('execution_telemetry_' || to_char(last, 'YYYY_MM'))) IS NOT NULL THEN
        RETURN 0;
    END IF;
    BEGIN
        RETURN healdesk_telemetry_partitions_ensure(now(), last::timestamp AT TIME ZONE 'UTC');
    EXCEPTION WHEN lock_not_available THEN
        RETURN 0;
    END;
END;
$$;

CREATE OR REPLACE FUNCTION healdesk_telemetry_keys_keep() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE healdesk_telemetry_keys;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO healdesk_telemetry_keys (id, execution_id) SELECT n.id, n.execution_id FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        DELETE FROM healdesk_telemetry_keys k USING old_rows o WHERE k.id = o.id AND k.execution_id = o.execution_id;
    ELSE
        -- Every updated row's keys out and in again, so two rows updated to
        -- the same key collide here as they would have in the legacy index.
        DELETE FROM healdesk_telemetry_keys k USING old_rows o WHERE k.id = o.id AND k.execution_id = o.execution_id;
        INSERT INTO healdesk_telemetry_keys (id, execution_id) SELECT n.id, n.execution_id FROM new_rows n;
    END IF;
    RETURN NULL;
END;
$$;

-- After a bulk load with the triggers off (the generator).
CREATE OR REPLACE FUNCTION healdesk_telemetry_keys_rebuild() RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    n BIGINT;
BEGIN
    LOCK TABLE execution_telemetry IN SHARE MODE;
    TRUNCATE healdesk_telemetry_keys;
    INSERT INTO healdesk_telemetry_keys (id, execution_id) SELECT id, execution_id FROM execution_telemetry;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_telemetry_keys_delete AFTER DELETE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_telemetry_keys_keep();

CREATE OR REPLACE TRIGGER healdesk_telemetry_keys_update AFTER UPDATE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_telemetry_keys_keep();

CREATE OR REPLACE TRIGGER healdesk_telemetry_keys_truncate AFTER TRUNCATE ON execution_telemetry
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_telemetry_keys_keep();


-- Consoles make the coming months' partitions before each drain.
REVOKE EXECUTE ON FUNCTION healdesk_telemetry_partitions_ensure(TIMESTAMPTZ, TIMESTAMPTZ),
    healdesk_telemetry_partitions_ahead(), healdesk_telemetry_keys_rebuild() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION healdesk_telemetry_partitions_ahead() TO healdesk_technician;
