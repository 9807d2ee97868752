-- Orphan references: telemetry naming an appliance or incident that does not
-- exist, counted per missing reference in healdesk_orphan_refs. Writers of
-- telemetry and of the rows it names take advisory bucket locks (shared and
-- exclusive) before they look, so neither misses the other's uncommitted
-- rows; the incident tier functions take the same locks.
--
-- The counts of an id to add (negative to take away).

CREATE OR REPLACE FUNCTION healdesk_orphan_refs_add(kind_ TEXT, refs TEXT[], counts BIGINT[]) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    k RECORD;
BEGIN
    -- Rows that reach zero go after the statement that zeroed them.
    FOR k IN
        WITH upserted AS (
            INSERT INTO healdesk_orphan_refs AS t (kind, ref, n)
            SELECT kind_, x.ref, sum(x.n)
              FROM unnest(refs, counts) AS x (ref, n)
             GROUP BY x.ref
            HAVING sum(x.n) <> 0
            ON CONFLICT (kind, ref) DO UPDATE SET n = t.n + excluded.n
            RETURNING t.ref, t.n
        )
        SELECT u.ref FROM upserted u WHERE u.n = 0
    LOOP
        DELETE FROM healdesk_orphan_refs t WHERE t.kind = kind_ AND t.ref = k.ref AND t.n = 0;
    END LOOP;
END;
$$;

-- Takes the buckets of the given ids, in ascending order: shared for a
-- telemetry writer, exclusive for a writer of appliances or incidents.
CREATE OR REPLACE FUNCTION healdesk_reference_lock(ids TEXT[], exclusive BOOLEAN) RETURNS VOID
    LANGUAGE plpgsql
AS $$
DECLARE
    b INTEGER;
BEGIN
    FOR b IN SELECT DISTINCT abs(hashtext(x.id) % 1024) FROM unnest(ids) AS x (id) WHERE x.id IS NOT NULL ORDER BY 1 LOOP
        IF exclusive THEN
            PERFORM pg_advisory_xact_lock(1017, b);
        ELSE
            PERFORM pg_advisory_xact_lock_shared(1017, b);
        END IF;
    END LOOP;
END;
$$;

-- Counts every orphan again from the tables (the migration, and the fleet
-- generator, which loads telemetry with its triggers off).
CREATE OR REPLACE FUNCTION healdesk_orphan_refs_rebuild() RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    LOCK TABLE execution_telemetry, appliances, incidents IN SHARE MODE;
    TRUNCATE healdesk_orphan_refs;
    INSERT INTO healdesk_orphan_refs (kind, ref, n)
    SELECT 'appliance', e.appliance_id, count(*)
      FROM execution_telemetry e
     WHERE NOT EXISTS (SELECT 1 FROM appliances a WHERE a.id::text = e.appliance_id)
     GROUP BY 2;
    INSERT INTO healdesk_orphan_refs (kind, ref, n)
    SELECT 'incident', e.incident_id, count(*)
      FROM execution_telemetry e
     WHERE e.incident_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id::text = e.incident_id)
     GROUP BY 2;
END;
$$;

-- An appliance or incident created: telemetry naming it is no longer an
-- orphan. One deleted: the telemetry naming it is. (An id changed is both.)
CREATE OR REPLACE FUNCTION healdesk_orphan_refs_on_target() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    kind_ TEXT := CASE TG_TABLE_NAME WHEN 'appliances' THEN 'appliance' ELSE 'incident' END;
    appeared TEXT[];
    went TEXT[];
    refs TEXT[];
    counts BIGINT[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        -- The targets are gone: everything is counted again.
        PERFORM healdesk_orphan_refs_rebuild();
        RETURN NULL;
    END IF;
    -- Ids that appeared and ids that went (an update only when an id changed:
    -- check-ins and status changes touch no reference and take no lock).
    IF TG_OP = 'INSERT' THEN
        appeared := ARRAY(SELECT r.id::text FROM new_rows r);
    ELSIF TG_OP = 'DELETE' THEN
        went := ARRAY(SELECT r.id::text FROM old_rows r);
    ELSE
        appeared := ARRAY(SELECT r.id::text FROM new_rows r EXCEPT SELECT o.id::text FROM old_rows o);
        went := ARRAY(SELECT o.id::text FROM old_rows o EXCEPT SELECT r.id::text FROM new_rows r);
    END IF;
    IF coalesce(cardinality(appeared), 0) + coalesce(cardinality(went), 0) = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM healdesk_reference_lock(coalesce(appeared, '{}') || coalesce(went, '{}'), true);
    IF cardinality(appeared) > 0 THEN
        DELETE FROM healdesk_orphan_refs t WHERE t.kind = kind_ AND t.ref = ANY (appeared);
    END IF;
    IF cardinality(went) > 0 THEN
        IF kind_ = 'appliance' THEN
            SELECT array_agg(g.ref), array_agg(g.n) INTO refs, counts
              FROM (SELECT e.appliance_id AS ref, count(*) AS n
                      FROM execution_telemetry e
                     WHERE e.appliance_id = ANY (went)
                       AND NOT EXISTS (SELECT 1 FROM appliances a WHERE a.id::text = e.appliance_id)
                     GROUP BY 1) g;
        ELSE
            SELECT array_agg(g.ref), array_agg(g.n) INTO refs, counts
              FROM (SELECT e.incident_id AS ref, count(*) AS n
                      FROM execution_telemetry e
                     WHERE e.incident_id = ANY (went)
                       AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id::text = e.incident_id)
                     GROUP BY 1) g;
        END IF;
        IF refs IS NOT NULL THEN
            PERFORM healdesk_orphan_refs_add(kind_, refs, counts);
        END IF;
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_orphan_refs_delete AFTER DELETE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_telemetry();

CREATE OR REPLACE TRIGGER healdesk_orphan_refs_update AFTER UPDATE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_telemetry();

CREATE OR REPLACE TRIGGER healdesk_orphan_refs_truncate AFTER TRUNCATE ON execution_telemetry
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_telemetry();

CREATE OR REPLACE TRIGGER healdesk_orphan_refs_insert AFTER INSERT ON appliances
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();

CREATE OR REPLACE TRIGGER healdesk_orphan_refs_delete AFTER DELETE ON appliances
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();

CREATE OR REPLACE TRIGGER healdesk_orphan_refs_update AFTER UPDATE ON appliances
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();

CREATE OR REPLACE TRIGGER healdesk_orphan_refs_truncate AFTER TRUNCATE ON appliances
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();

CREATE OR REPLACE TRIGGER healdesk_orphan_refs_insert AFTER INSERT ON incidents
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();

CREATE OR REPLACE TRIGGER healdesk_orphan_refs_delete AFTER DELETE ON incidents
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();

CREATE OR REPLACE TRIGGER healdesk_orphan_refs_update AFTER UPDATE ON incidents
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();

CREATE OR REPLACE TRIGGER healdesk_orphan_refs_truncate AFTER TRUNCATE ON incidents
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();

-- Telemetry deleted, updated or truncated: the orphan references, and the
-- pending orders its rows match (80_orders.sql). One trigger function for
-- both, so a statement pays for one call and one round of bucket locks (a
-- trigger of its own cost 0.13 ms per single-row insert). Inserts go through
-- healdesk_telemetry_inserted (85_telemetry_insert.sql).
CREATE OR REPLACE FUNCTION healdesk_orphan_refs_on_telemetry() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    refs TEXT[];
    counts BIGINT[];
    apps TEXT[];
    earliest TIMESTAMPTZ;
    latest TIMESTAMPTZ;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE healdesk_orphan_refs, healdesk_order_match;
        RETURN NULL;
    END IF;
    -- The order matches' lock (see the top of 0020), before any look at orders.
    PERFORM pg_advisory_xact_lock_shared(1018, 0);
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM healdesk_reference_lock(
            ARRAY(SELECT r.appliance_id FROM new_rows r UNION SELECT r.incident_id FROM new_rows r), false);
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM healdesk_reference_lock(
            ARRAY(SELECT r.appliance_id FROM old_rows r UNION SELECT r.incident_id FROM old_rows r), false);
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        DELETE FROM healdesk_order_match m USING old_rows r WHERE m.execution_id = r.execution_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        -- Most telemetry has no pending order waiting for it: a look through
        -- orders_pending_appliance_idx says so before the pairs are worked out.
        SELECT array_agg(DISTINCT r.appliance_id), min(r.started_at), max(r.started_at)
          INTO apps, earliest, latest
          FROM new_rows r;
        IF EXISTS (SELECT 1 FROM orders o
                    WHERE o.status = 'pending' AND o.appliance_id::text = ANY (apps) AND o.issued_at <= latest
                      AND healdesk_order_deadline(o.issued_at, o.expires_at) >= earliest) THEN
            INSERT INTO healdesk_order_match (order_id, execution_id)
            SELECT o.order_id, e.execution_id
              FROM new_rows e
              JOIN orders o
                ON o.status = 'pending'
               AND healdesk_execution_matches_order(e.appliance_id, e.started_at, e.order_id, e.runbook_id,
                                                    o.appliance_id, o.issued_at, o.expires_at, o.order_id,
                                                    o.runbook_id)
            ON CONFLICT DO NOTHING;
        END IF;
        SELECT array_agg(g.ref), array_agg(g.n) INTO refs, counts
          FROM (SELECT r.appliance_id AS ref, count(*) AS n FROM new_rows r
                 WHERE NOT EXISTS (SELECT 1 FROM appliances a WHERE a.id::text = r.appliance_id)
                 GROUP BY 1) g;
        IF refs IS NOT NULL THEN
            PERFORM healdesk_orphan_refs_add('appliance', refs, counts);
        END IF;
        SELECT array_agg(g.ref), array_agg(g.n) INTO refs, counts
          FROM (SELECT r.incident_id AS ref, count(*) AS n FROM new_rows r
                 WHERE r.incident_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id::text = r.incident_id)
                 GROUP BY 1) g;
        IF refs IS NOT NULL THEN
            PERFORM healdesk_orphan_refs_add('incident', refs, counts);
        END IF;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        SELECT array_agg(g.ref), array_agg(-g.n) INTO refs, counts
          FROM (SELECT r.appliance_id AS ref, count(*) AS n FROM old_rows r
                 WHERE NOT EXISTS (SELECT 1 FROM appliances a WHERE a.id::text = r.appliance_id)
                 GROUP BY 1) g;
        IF refs IS NOT NULL THEN
            PERFORM healdesk_orphan_refs_add('appliance', refs, counts);
        END IF;
        SELECT array_agg(g.ref), array_agg(-g.n) INTO refs, counts
          FROM (SELECT r.incident_id AS ref, count(*) AS n FROM old_rows r
                 WHERE r.incident_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id::text = r.incident_id)
                 GROUP BY 1) g;
        IF refs IS NOT NULL THEN
            PERFORM healdesk_orphan_refs_add('incident', refs, counts);
        END IF;
    END IF;
    RETURN NULL;
END;
$$;


REVOKE EXECUTE ON FUNCTION healdesk_orphan_refs_add(TEXT, TEXT[], BIGINT[]), healdesk_orphan_refs_rebuild() FROM PUBLIC;
