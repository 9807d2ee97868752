-- Incident tier: the canonical tier of an incident and the column that keeps
-- it (DESIGN.md, "Resolution tier").
--
-- L2 decisions only ever reached execution_telemetry. Every new telemetry row
-- with a recognisable tier sets its incident's resolution_tier (see
-- 85_telemetry_insert.sql); only the incident's latest execution with a known
-- tier decides, so a late-arriving older row cannot overwrite a newer answer.
-- Rows from before the upgrade are left alone: repairing history is an
-- explicit, audited action (Data health), not a side effect of upgrading.

-- A tier as recorded, normalised: trimmed, upper-case, L1/L2/L3 only.
CREATE OR REPLACE FUNCTION healdesk_normalise_tier(level TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN upper(trim(level)) IN ('L1', 'L2', 'L3') THEN upper(trim(level)) END
$$;

-- An incident's tier, by the definition the console shows: the tier of the
-- latest of its executions with a known tier (latest by
-- coalesce(completed_at, started_at, created_at) then id) and its human
-- resolution (L3: a technician resolved it through Healdesk, 0032, and
-- nothing ran after); else its own normalised resolution_tier; else 'none'.
-- Kept on the row as healdesk_tier. Worked out per incident at
-- read time it took 30 s to count the 10M fleet's incidents by tier, and the
-- incidents page's tier filter looked up executions for every row it skipped.
--
-- It is kept by triggers, never written by hand: an incident's insert or a
-- change of its resolution_tier works it out again (one lookup through
-- execution_telemetry_incident_idx); new telemetry moves it in
-- healdesk_telemetry_inserted (85_telemetry_insert.sql); telemetry deleted,
-- truncated or changed in a column the definition reads works out the
-- incidents it named again. resolution_tier keeps what was recorded, so the
-- data-health drift stays visible and repairable; the drift view finds
-- drifted incidents from the column.

-- An incident's latest execution with a known tier: latest by
-- coalesce(completed_at, started_at, created_at), no time at all sorting
-- last, then by id. Every reader of the definition goes through this one
-- query; as a plain SQL function the planner inlines it into theirs.
CREATE OR REPLACE FUNCTION healdesk_latest_execution(incident TEXT)
    RETURNS TABLE (tier TEXT, execution_id VARCHAR, id BIGINT, at TIMESTAMPTZ)
    LANGUAGE sql STABLE
AS $$
    SELECT healdesk_normalise_tier(e.resolution_level), e.execution_id, e.id,
           coalesce(e.completed_at, e.started_at, e.created_at)
      FROM execution_telemetry e
     WHERE e.incident_id = incident
       AND healdesk_normalise_tier(e.resolution_level) IS NOT NULL
     ORDER BY coalesce(e.completed_at, e.started_at, e.created_at) DESC NULLS LAST, e.id DESC
     LIMIT 1
$$;

-- The definition itself, the one place it is written: the kept column, the
-- raw query and the drift detector all come through here. human_at is when
-- a person resolved the incident (healdesk_human_resolved_at); it wins over
-- an execution that ran before it or has no time at all. An expression
-- without FROM, so the planner inlines it into the raw query.
CREATE OR REPLACE FUNCTION healdesk_tier_of(incident UUID, own_tier TEXT, human_at TIMESTAMPTZ) RETURNS TEXT
    LANGUAGE sql STABLE
AS $$
    SELECT CASE
               WHEN human_at IS NOT NULL
                    AND coalesce(human_at >= (SELECT l.at FROM healdesk_latest_execution(incident::text) l), true)
               THEN 'L3'
               ELSE coalesce((SELECT l.tier FROM healdesk_latest_execution(incident::text) l),
                             healdesk_normalise_tier(own_tier), 'none')
           END
$$;

-- SECURITY DEFINER: whoever writes (an admin repairing a tier, an agent), the
-- tier follows every execution, not the ones that login's policies show.
CREATE OR REPLACE FUNCTION healdesk_incident_tier(incident UUID, own_tier TEXT, human_at TIMESTAMPTZ) RETURNS TEXT
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT healdesk_tier_of(incident, own_tier, human_at)
$$;

CREATE OR REPLACE TRIGGER healdesk_incident_tier_on_write
    BEFORE INSERT OR UPDATE OF id, resolution_tier, healdesk_tier, healdesk_human_resolved_at ON incidents
    FOR EACH ROW EXECUTE FUNCTION healdesk_incident_tier_on_write();

CREATE OR REPLACE TRIGGER healdesk_incident_tier_after_telemetry_delete
    AFTER DELETE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_tier_after_telemetry();

CREATE OR REPLACE TRIGGER healdesk_incident_tier_after_telemetry_update
    AFTER UPDATE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_tier_after_telemetry();

CREATE OR REPLACE TRIGGER healdesk_incident_tier_after_telemetry_truncate
    AFTER TRUNCATE ON execution_telemetry
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_tier_after_telemetry();

-- The drift the data-health page shows, found from the column: an incident
-- whose worked-out tier is not its recorded one. telemetry_tier (the name
-- kept for its readers) is the tier by the definition, the kept column: its
-- latest execution's, or L3 where a person's later resolution decides (then
-- execution_id may be NULL). The repair writes it, so it always converges.
CREATE OR REPLACE VIEW healdesk_incident_tier_drift WITH (security_invoker = true) AS
SELECT i.id AS incident_id, i.resolution_tier AS recorded, healdesk_normalise_tier(i.resolution_tier) AS normalised,
       i.healdesk_tier AS telemetry_tier, latest.execution_id::VARCHAR(255) AS execution_id
  FROM incidents i
  LEFT JOIN LATERAL healdesk_latest_execution(i.id::text) latest ON true
 WHERE i.healdesk_tier <> coalesce(healdesk_normalise_tier(i.resolution_tier), 'none');

-- An incident created while telemetry naming it is written would work its
-- tier out without it, and the telemetry would find no incident to update,
-- so these functions take the reference bucket locks of 70_orphan_refs.sql:
-- the incident's creator exclusive, telemetry shared.
CREATE OR REPLACE FUNCTION healdesk_incident_tier_on_write() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.id IS DISTINCT FROM OLD.id THEN
        PERFORM healdesk_reference_lock(ARRAY[NEW.id::text], true);
    END IF;
    NEW.healdesk_tier := healdesk_incident_tier(NEW.id, NEW.resolution_tier, NEW.healdesk_human_resolved_at);
    RETURN NEW;
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
         WHERE healdesk_tier IS DISTINCT FROM coalesce(healdesk_normalise_tier(resolution_tier), 'none')
            -- With no execution left, a person's resolution decides (L3) whatever the recorded tier says.
            OR healdesk_human_resolved_at IS NOT NULL;
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
           AND i.healdesk_tier IS DISTINCT FROM healdesk_incident_tier(i.id, i.resolution_tier,
                                                                       i.healdesk_human_resolved_at);
    ELSE
        PERFORM healdesk_reference_lock(ARRAY(SELECT DISTINCT incident_id FROM old_rows), false);
        UPDATE incidents i
           SET healdesk_tier = 'none'
         WHERE i.id IN (SELECT DISTINCT r.incident_id::uuid
                          FROM old_rows r
                         WHERE r.incident_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
           AND i.healdesk_tier IS DISTINCT FROM healdesk_incident_tier(i.id, i.resolution_tier,
                                                                       i.healdesk_human_resolved_at);
    END IF;
    RETURN NULL;
END;
$$;


GRANT SELECT ON healdesk_incident_tier_drift TO healdesk_technician;

-- The incidents a telemetry insert changed since the last drain, worked out
-- again now that the transactions that wrote them have committed: the tier
-- of the latest execution becomes the recorded and the kept tier, as a
-- telemetry insert that saw every execution would have made it. Called by
-- healdesk_rollup_drain under its lock. The reference buckets are taken
-- exclusive first, in a statement of their own, so telemetry of these
-- incidents still in flight commits before the look (and later telemetry
-- waits for this transaction). Returns how many incidents it corrected.
CREATE OR REPLACE FUNCTION healdesk_incident_tier_recheck() RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    ids UUID[];
    corrected BIGINT;
BEGIN
    WITH taken AS (DELETE FROM healdesk_tier_recheck RETURNING incident_id)
    SELECT array_agg(DISTINCT t.incident_id ORDER BY t.incident_id) INTO ids FROM taken t;
    IF ids IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM healdesk_reference_lock(ids::text[], true);
    UPDATE incidents i
       SET resolution_tier = l.tier, healdesk_tier = l.tier
      FROM unnest(ids) AS x (id)
     CROSS JOIN LATERAL healdesk_latest_execution(x.id::text) l
     WHERE i.id = x.id
       AND (i.resolution_tier IS DISTINCT FROM l.tier OR i.healdesk_tier IS DISTINCT FROM l.tier)
       -- A person's later resolution decides instead (healdesk_tier_of).
       AND (i.healdesk_human_resolved_at IS NULL OR i.healdesk_human_resolved_at < l.at);
    GET DIAGNOSTICS corrected = ROW_COUNT;
    RETURN corrected;
END;
$$;

REVOKE EXECUTE ON FUNCTION healdesk_incident_tier_recheck() FROM PUBLIC;
