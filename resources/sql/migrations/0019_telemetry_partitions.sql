-- execution_telemetry becomes a table partitioned by UTC month of started_at
-- (the time the rollups, the partial-day reads and the order matching filter
-- on), so those reads touch one month's partition and its indexes, and an
-- old month can be detached or dropped whole instead of deleted row by row.
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
-- SQLSTATE 23505 (unique_violation) as before. A writer using
-- INSERT ... ON CONFLICT (execution_id) has no constraint to name any more.
--
-- Adoption copies the legacy table into the partitioned one in this
-- migration's transaction (writers and readers wait), checks that every row
-- arrived, and gives the new table everything the old one had: its indexes,
-- triggers, row policies, grants, comments, the id sequence and the views
-- built on it. Derived data (rollups, orphan references, incident tiers)
-- already describes these rows, so nothing fires while they are copied.

CREATE FUNCTION healdesk_month_bounds(month DATE, OUT lo TIMESTAMPTZ, OUT hi TIMESTAMPTZ)
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT date_trunc('month', month::timestamp) AT TIME ZONE 'UTC',
           (date_trunc('month', month::timestamp) + interval '1 month') AT TIME ZONE 'UTC'
$$;

-- Makes the partition of every UTC month from the one holding first to the
-- one holding last, where it is missing; rows of such a month waiting in the
-- default partition move into it. Returns how many partitions it made.
CREATE FUNCTION healdesk_telemetry_partitions_ensure(first TIMESTAMPTZ, last TIMESTAMPTZ) RETURNS INTEGER
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
CREATE FUNCTION healdesk_telemetry_partitions_ahead() RETURNS INTEGER
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

-- The keys the legacy table's constraints kept unique, for the whole table.
CREATE TABLE healdesk_telemetry_keys (
    id INTEGER NOT NULL,
    execution_id VARCHAR(255) NOT NULL
);

CREATE FUNCTION healdesk_telemetry_keys_keep() RETURNS TRIGGER
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
CREATE FUNCTION healdesk_telemetry_keys_rebuild() RETURNS BIGINT
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
REVOKE EXECUTE ON FUNCTION healdesk_telemetry_partitions_ensure(TIMESTAMPTZ, TIMESTAMPTZ),
    healdesk_telemetry_partitions_ahead(), healdesk_telemetry_keys_rebuild() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION healdesk_telemetry_partitions_ahead() TO healdesk_technician;

-- Adoption.
LOCK TABLE execution_telemetry IN ACCESS EXCLUSIVE MODE;

-- What the copy could not carry stops the migration, naming it, before
-- anything changes: constraints beyond the legacy ones (a partitioned table
-- cannot hold other unique ones either), foreign keys to or from the table,
-- rules, publications (without a primary key the table has no replica
-- identity for them).
DO $$
DECLARE
    extra TEXT;
BEGIN
    SELECT string_agg(x, ', ') INTO extra
      FROM (SELECT format('constraint %I', c.conname) AS x
              FROM pg_constraint c
             WHERE c.conrelid = 'execution_telemetry'::regclass AND c.contype NOT IN ('c', 'n')
               AND NOT (c.contype = 'p' AND pg_get_constraintdef(c.oid) = 'PRIMARY KEY (id)')
               AND NOT (c.contype = 'u' AND pg_get_constraintdef(c.oid) = 'UNIQUE (execution_id)')
            UNION ALL
            SELECT format('foreign key %I on %s', c.conname, c.conrelid::regclass)
              FROM pg_constraint c
             WHERE c.confrelid = 'execution_telemetry'::regclass
            UNION ALL
            SELECT format('rule %I', r.rulename)
              FROM pg_rewrite r
             WHERE r.ev_class = 'execution_telemetry'::regclass
            UNION ALL
            SELECT format('publication %I', p.pubname)
              FROM pg_publication_rel pr JOIN pg_publication p ON p.oid = pr.prpubid
             WHERE pr.prrelid = 'execution_telemetry'::regclass) found;
    IF extra IS NOT NULL THEN
        RAISE EXCEPTION 'execution_telemetry has % , which partitioning by month cannot carry over; nothing was changed',
            extra USING ERRCODE = 'feature_not_supported';
    END IF;
END;
$$;

-- What the legacy table carries, read while it still has its name (the
-- definitions then name execution_telemetry, which is the new table when
-- they are replayed). Indexes backing a constraint are left out: the two
-- unique ones move to healdesk_telemetry_keys.
CREATE TEMP TABLE healdesk_carry (step INTEGER, ddl TEXT) ON COMMIT DROP;
INSERT INTO healdesk_carry
SELECT 1, replace(pg_get_indexdef(x.indexrelid), ' ON ONLY ', ' ON ')
  FROM pg_index x
 WHERE x.indrelid = 'execution_telemetry'::regclass
   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid);
INSERT INTO healdesk_carry
SELECT 2, pg_get_triggerdef(t.oid)
  FROM pg_trigger t
 WHERE t.tgrelid = 'execution_telemetry'::regclass AND NOT t.tgisinternal;
INSERT INTO healdesk_carry
SELECT 3, format('CREATE POLICY %I ON execution_telemetry AS %s FOR %s TO %s%s%s', p.policyname, p.permissive, p.cmd,
                 (SELECT string_agg(CASE WHEN r = 'public' THEN 'PUBLIC' ELSE quote_ident(r) END, ', ')
                    FROM unnest(p.roles) r),
                 ' USING (' || p.qual || ')', ' WITH CHECK (' || p.with_check || ')')
  FROM pg_policies p
 WHERE p.schemaname = 'public' AND p.tablename = 'execution_telemetry';
INSERT INTO healdesk_carry
SELECT 4, format('GRANT %s ON execution_telemetry TO %s%s', a.privilege_type,
                 CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END,
                 CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END)
  FROM pg_class c, aclexplode(c.relacl) a
 WHERE c.oid = 'execution_telemetry'::regclass AND a.grantee <> c.relowner;
INSERT INTO healdesk_carry
SELECT 4, format('GRANT %s (%I) ON execution_telemetry TO %s%s', a.privilege_type, att.attname,
                 CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END,
                 CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END)
  FROM pg_attribute att, aclexplode(att.attacl) a
 WHERE att.attrelid = 'execution_telemetry'::regclass AND att.attacl IS NOT NULL;
INSERT INTO healdesk_carry
SELECT 5, format('ALTER TABLE execution_telemetry %s ROW LEVEL SECURITY', CASE WHEN c.relrowsecurity THEN 'ENABLE' END)
  FROM pg_class c
 WHERE c.oid = 'execution_telemetry'::regclass AND c.relrowsecurity;
INSERT INTO healdesk_carry
SELECT 5, 'ALTER TABLE execution_telemetry FORCE ROW LEVEL SECURITY'
  FROM pg_class c
 WHERE c.oid = 'execution_telemetry'::regclass AND c.relforcerowsecurity;
INSERT INTO healdesk_carry
SELECT 5, format('ALTER TABLE execution_telemetry %s TRIGGER %I',
                 CASE t.tgenabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE ALWAYS' END,
                 t.tgname)
  FROM pg_trigger t
 WHERE t.tgrelid = 'execution_telemetry'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'O';
INSERT INTO healdesk_carry
SELECT 5, format('COMMENT ON TABLE execution_telemetry IS %L', d)
  FROM obj_description('execution_telemetry'::regclass, 'pg_class') d
 WHERE d IS NOT NULL;
-- Views on the table keep their identity (grants, dependants) and are
-- pointed at the new table with CREATE OR REPLACE, their options
-- (security_invoker, check_option) given again: the statement replaces them.
INSERT INTO healdesk_carry
SELECT DISTINCT 6, format('CREATE OR REPLACE VIEW %s%s AS %s', v.oid::regclass,
                          ' WITH (' || array_to_string(v.reloptions, ', ') || ')', pg_get_viewdef(v.oid))
  FROM pg_depend d
  JOIN pg_rewrite r ON r.oid = d.objid
  JOIN pg_class v ON v.oid = r.ev_class
 WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = 'execution_telemetry'::regclass
   AND v.oid <> 'execution_telemetry'::regclass;

ALTER TABLE execution_telemetry RENAME TO healdesk_telemetry_unpartitioned;
-- The copy and its count must see every row, whatever the policies say.
ALTER TABLE healdesk_telemetry_unpartitioned NO FORCE ROW LEVEL SECURITY;
SET LOCAL row_security = off;

CREATE TABLE execution_telemetry (
    LIKE healdesk_telemetry_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE
        INCLUDING COMPRESSION INCLUDING COMMENTS INCLUDING GENERATED INCLUDING IDENTITY
) PARTITION BY RANGE (started_at);
CREATE TABLE execution_telemetry_default PARTITION OF execution_telemetry DEFAULT;
DO $$
DECLARE
    seq TEXT := pg_get_serial_sequence('healdesk_telemetry_unpartitioned', 'id');
BEGIN
    IF seq IS NOT NULL THEN
        EXECUTE format('ALTER SEQUENCE %s OWNED BY execution_telemetry.id', seq);
    END IF;
END;
$$;

-- A partition for every month that has telemetry, and for this month and the
-- next three.
SELECT healdesk_telemetry_partitions_ensure(m, m)
  FROM (SELECT DISTINCT date_trunc('month', started_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS m
          FROM healdesk_telemetry_unpartitioned
         WHERE isfinite(started_at)) months;
SELECT healdesk_telemetry_partitions_ensure(now(), now() + interval '3 months');

DO $$
DECLARE
    cols TEXT;
    copied BIGINT;
    had BIGINT;
BEGIN
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
      FROM pg_attribute
     WHERE attrelid = 'healdesk_telemetry_unpartitioned'::regclass AND attnum > 0 AND NOT attisdropped;
    EXECUTE format('INSERT INTO execution_telemetry (%s) SELECT %s FROM healdesk_telemetry_unpartitioned', cols, cols);
    GET DIAGNOSTICS copied = ROW_COUNT;
    SELECT count(*) INTO had FROM healdesk_telemetry_unpartitioned;
    IF copied <> had THEN
        RAISE EXCEPTION 'telemetry partitioning copied % of % rows; nothing was changed', copied, had;
    END IF;
END;
$$;

-- The legacy keys, unique across the whole table as before.
INSERT INTO healdesk_telemetry_keys (id, execution_id) SELECT id, execution_id FROM execution_telemetry;
ALTER TABLE healdesk_telemetry_keys ADD PRIMARY KEY (id), ADD UNIQUE (execution_id);

DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT ddl FROM healdesk_carry WHERE step = 6 LOOP
        EXECUTE r.ddl;
    END LOOP;
END;
$$;

DROP TABLE healdesk_telemetry_unpartitioned;

DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT ddl FROM healdesk_carry WHERE step < 6 ORDER BY step, ddl LOOP
        EXECUTE r.ddl;
    END LOOP;
END;
$$;

CREATE TRIGGER healdesk_telemetry_keys AFTER INSERT ON execution_telemetry
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_telemetry_keys_keep();
CREATE TRIGGER healdesk_telemetry_keys_delete AFTER DELETE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_telemetry_keys_keep();
CREATE TRIGGER healdesk_telemetry_keys_update AFTER UPDATE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_telemetry_keys_keep();
CREATE TRIGGER healdesk_telemetry_keys_truncate AFTER TRUNCATE ON execution_telemetry
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_telemetry_keys_keep();

-- The planner's figures for the parent (autovacuum analyses partitions only).
ANALYZE execution_telemetry;
