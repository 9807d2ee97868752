-- L2 decisions only ever reached execution_telemetry. From now on every new
-- telemetry row with a recognisable tier sets its incident's resolution_tier,
-- normalised (trimmed, upper-case, L1/L2/L3 only). Only the incident's latest
-- execution with a known tier decides, so a late-arriving older row cannot
-- overwrite a newer answer. Existing rows are left alone: repairing history is
-- an explicit, audited action, not a side effect of upgrading.

CREATE FUNCTION healdesk_normalise_tier(level TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN upper(trim(level)) IN ('L1', 'L2', 'L3') THEN upper(trim(level)) END
$$;

CREATE FUNCTION healdesk_sync_incident_tier() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
DECLARE
    tier TEXT := healdesk_normalise_tier(NEW.resolution_level);
    at_time TIMESTAMPTZ := coalesce(NEW.completed_at, NEW.started_at, NEW.created_at);
BEGIN
    -- Telemetry joins incidents by incident_id = incidents.id::text, so only the
    -- canonical lower-case text form of a UUID can name an incident.
    IF tier IS NULL OR NEW.incident_id IS NULL
       OR NEW.incident_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        RETURN NULL;
    END IF;
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
       SET resolution_tier = tier
     WHERE id = NEW.incident_id::uuid
       AND resolution_tier IS DISTINCT FROM tier;
    RETURN NULL;
END;
$$;

CREATE INDEX execution_telemetry_incident_idx ON execution_telemetry (incident_id);

CREATE TRIGGER healdesk_sync_incident_tier
    AFTER INSERT ON execution_telemetry
    FOR EACH ROW EXECUTE FUNCTION healdesk_sync_incident_tier();
