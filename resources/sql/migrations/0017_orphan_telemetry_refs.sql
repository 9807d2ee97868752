-- Telemetry naming an appliance or an incident that does not exist, counted
-- per missing reference. Counting them against telemetry itself took 2.4 s
-- on the 10M fleet (two anti-joins over every execution) and held the Data
-- health page back; these rows answer with the orphans alone.
--
-- Kept by statement triggers: telemetry inserted, deleted or changed adds or
-- takes away its rows whose reference is missing; an appliance or incident
-- created takes its reference's row away, one deleted (or renamed) counts the
-- telemetry naming it; truncation starts the kind over.
--
-- Telemetry and the rows it names are written by different transactions
-- (an agent's telemetry while its incident is being created or deleted). So
-- that neither misses the other's uncommitted work, both sides take an
-- advisory lock on the references' buckets (the hash of the id, modulo 1024)
-- before they look: telemetry writers shared (they never wait for each
-- other), creators and deleters of appliances and incidents exclusive; each
-- side then looks with a snapshot taken after its lock (read committed, as
-- writers run by default). Buckets are taken in ascending order. Written by
-- SECURITY DEFINER functions, so row policies do not limit what is counted.

CREATE TABLE healdesk_orphan_refs (
    kind TEXT NOT NULL CHECK (kind IN ('appliance', 'incident')),
    ref TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (kind, ref)
);

CREATE FUNCTION healdesk_orphan_refs_add(kind_ TEXT, refs TEXT[], counts BIGINT[]) RETURNS VOID
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
CREATE FUNCTION healdesk_reference_lock(ids TEXT[], exclusive BOOLEAN) RETURNS VOID
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
CREATE FUNCTION healdesk_orphan_refs_rebuild() RETURNS VOID
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

-- The incidents' worked-out tier (0014) has the same race (an incident
-- created while telemetry naming it is written works its tier out without
-- it, and the telemetry finds no incident to update), so its functions take
-- the same locks: the incident's creator exclusive, telemetry shared.
CREATE OR REPLACE FUNCTION healdesk_incident_tier_on_write() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.id IS DISTINCT FROM OLD.id THEN
        PERFORM healdesk_reference_lock(ARRAY[NEW.id::text], true);
    END IF;
    NEW.healdesk_tier := healdesk_incident_tier(NEW.id, NEW.resolution_tier);
    RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION healdesk_sync_incident_tier() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
DECLARE
    tier TEXT := healdesk_normalise_tier(NEW.resolution_level);
    at_time TIMESTAMPTZ := coalesce(NEW.completed_at, NEW.started_at, NEW.created_at);
BEGIN
    IF tier IS NULL OR NEW.incident_id IS NULL
       OR NEW.incident_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        RETURN NULL;
    END IF;
    PERFORM healdesk_reference_lock(ARRAY[NEW.incident_id], false);
    IF EXISTS (SELECT 1
                 FROM execution_telemetry t
                WHERE t.incident_id = NEW.incident_id
                  AND t.id <> NEW.id
                  AND healdesk_normalise_tier(t.resolution_level) IS NOT NULL
                  AND (coalesce(t.completed_at, t.started_at, t.created_at) > at_time
                       OR (coalesce(t.completed_at, t.started_at, t.created_at) = at_time AND t.id > NEW.id))) THEN
        RETURN NULL;
    END IF;
    UPDATE incidents
       SET resolution_tier = tier, healdesk_tier = tier
     WHERE id = NEW.incident_id::uuid
       AND (resolution_tier IS DISTINCT FROM tier OR healdesk_tier IS DISTINCT FROM tier);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION healdesk_incident_tier_after_telemetry() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        UPDATE incidents
           SET healdesk_tier = 'none'
         WHERE healdesk_tier IS DISTINCT FROM coalesce(healdesk_normalise_tier(resolution_tier), 'none');
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        PERFORM healdesk_reference_lock(
            ARRAY(SELECT incident_id FROM old_rows UNION SELECT incident_id FROM new_rows), false);
        UPDATE incidents i
           SET healdesk_tier = 'none'
         WHERE i.id IN (SELECT r.incident_id::uuid
                          FROM (SELECT incident_id FROM old_rows UNION SELECT incident_id FROM new_rows) r
                         WHERE r.incident_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
           AND i.healdesk_tier IS DISTINCT FROM healdesk_incident_tier(i.id, i.resolution_tier);
    ELSE
        PERFORM healdesk_reference_lock(ARRAY(SELECT DISTINCT incident_id FROM old_rows), false);
        UPDATE incidents i
           SET healdesk_tier = 'none'
         WHERE i.id IN (SELECT DISTINCT r.incident_id::uuid
                          FROM old_rows r
                         WHERE r.incident_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
           AND i.healdesk_tier IS DISTINCT FROM healdesk_incident_tier(i.id, i.resolution_tier);
    END IF;
    RETURN NULL;
END;
$$;

-- Telemetry changed: its rows naming a missing appliance or incident, signed.
CREATE FUNCTION healdesk_orphan_refs_on_telemetry() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    refs TEXT[];
    counts BIGINT[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE healdesk_orphan_refs;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM healdesk_reference_lock(
            ARRAY(SELECT r.appliance_id FROM new_rows r UNION SELECT r.incident_id FROM new_rows r), false);
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM healdesk_reference_lock(
            ARRAY(SELECT r.appliance_id FROM old_rows r UNION SELECT r.incident_id FROM old_rows r), false);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
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

-- An appliance or incident created: telemetry naming it is no longer an
-- orphan. One deleted: the telemetry naming it is. (An id changed is both.)
CREATE FUNCTION healdesk_orphan_refs_on_target() RETURNS TRIGGER
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

LOCK TABLE execution_telemetry, appliances, incidents IN SHARE ROW EXCLUSIVE MODE;

CREATE TRIGGER healdesk_orphan_refs_insert AFTER INSERT ON execution_telemetry
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_telemetry();
CREATE TRIGGER healdesk_orphan_refs_delete AFTER DELETE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_telemetry();
CREATE TRIGGER healdesk_orphan_refs_update AFTER UPDATE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_telemetry();
CREATE TRIGGER healdesk_orphan_refs_truncate AFTER TRUNCATE ON execution_telemetry
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_telemetry();

CREATE TRIGGER healdesk_orphan_refs_insert AFTER INSERT ON appliances
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();
CREATE TRIGGER healdesk_orphan_refs_delete AFTER DELETE ON appliances
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();
CREATE TRIGGER healdesk_orphan_refs_update AFTER UPDATE ON appliances
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();
CREATE TRIGGER healdesk_orphan_refs_truncate AFTER TRUNCATE ON appliances
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();

CREATE TRIGGER healdesk_orphan_refs_insert AFTER INSERT ON incidents
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();
CREATE TRIGGER healdesk_orphan_refs_delete AFTER DELETE ON incidents
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();
CREATE TRIGGER healdesk_orphan_refs_update AFTER UPDATE ON incidents
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();
CREATE TRIGGER healdesk_orphan_refs_truncate AFTER TRUNCATE ON incidents
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_orphan_refs_on_target();

-- The orphans there are now.
SELECT healdesk_orphan_refs_rebuild();

-- Orphans name no site a policy could check: only logins the policies do not
-- narrow see them (as with the whole-fleet rollup rows).
ALTER TABLE healdesk_orphan_refs ENABLE ROW LEVEL SECURITY;
CREATE POLICY partner_scope ON healdesk_orphan_refs USING (false);
GRANT SELECT ON healdesk_orphan_refs TO healdesk_technician;
REVOKE EXECUTE ON FUNCTION healdesk_orphan_refs_add(TEXT, TEXT[], BIGINT[]), healdesk_orphan_refs_rebuild() FROM PUBLIC;
