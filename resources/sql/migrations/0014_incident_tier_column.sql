-- An incident's tier, by the definition the console shows (the tier of its
-- latest execution with a known tier, latest by coalesce(completed_at,
-- started_at, created_at) then id; else its own normalised resolution_tier;
-- else 'none'), kept on the row as healdesk_tier. Worked out per incident at
-- read time it took 30 s to count the 10M fleet's incidents by tier, and the
-- incidents page's tier filter looked up executions for every row it skipped.
--
-- It is kept by triggers, never written by hand: an incident's insert or a
-- change of its resolution_tier works it out again (one lookup through
-- execution_telemetry_incident_idx); the tier-sync trigger of new telemetry
-- (0003) now also touches incidents whose recorded tier already matched, so
-- this one runs; telemetry deleted, truncated or changed in a column the
-- definition reads works out the incidents it named again. resolution_tier
-- keeps what was recorded, so the data-health drift stays visible and
-- repairable; the drift view now finds drifted incidents from the column.

-- SECURITY DEFINER: whoever writes (an admin repairing a tier, an agent), the
-- tier follows every execution, not the ones that login's policies show.
CREATE FUNCTION healdesk_incident_tier(incident UUID, own_tier TEXT) RETURNS TEXT
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT coalesce((SELECT healdesk_normalise_tier(e.resolution_level)
                       FROM execution_telemetry e
                      WHERE e.incident_id = incident::text
                        AND healdesk_normalise_tier(e.resolution_level) IS NOT NULL
                      ORDER BY coalesce(e.completed_at, e.started_at, e.created_at) DESC NULLS LAST, e.id DESC
                      LIMIT 1),
                    healdesk_normalise_tier(own_tier), 'none')
$$;

-- Writers hold off while the column is filled, so none is missed between
-- the backfill and the triggers.
LOCK TABLE incidents, execution_telemetry IN SHARE ROW EXCLUSIVE MODE;

ALTER TABLE incidents ADD COLUMN healdesk_tier TEXT;

-- The backfill in two set-wise passes (one lookup per incident would take
-- minutes on a large fleet): the recorded tier, then the latest execution's.
UPDATE incidents SET healdesk_tier = coalesce(healdesk_normalise_tier(resolution_tier), 'none');
UPDATE incidents i
   SET healdesk_tier = l.tier
  FROM (SELECT DISTINCT ON (e.incident_id) e.incident_id, healdesk_normalise_tier(e.resolution_level) AS tier
          FROM execution_telemetry e
         WHERE healdesk_normalise_tier(e.resolution_level) IS NOT NULL
           AND e.incident_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
         ORDER BY e.incident_id, coalesce(e.completed_at, e.started_at, e.created_at) DESC NULLS LAST,
                  e.id DESC) l
 WHERE i.id = l.incident_id::uuid
   AND i.healdesk_tier IS DISTINCT FROM l.tier;

ALTER TABLE incidents ALTER COLUMN healdesk_tier SET NOT NULL,
    ADD CONSTRAINT incidents_healdesk_tier_check CHECK (healdesk_tier IN ('L1', 'L2', 'L3', 'none'));

CREATE FUNCTION healdesk_incident_tier_on_write() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.healdesk_tier := healdesk_incident_tier(NEW.id, NEW.resolution_tier);
    RETURN NEW;
END;
$$;

CREATE TRIGGER healdesk_incident_tier_on_write
    BEFORE INSERT OR UPDATE OF id, resolution_tier, healdesk_tier ON incidents
    FOR EACH ROW EXECUTE FUNCTION healdesk_incident_tier_on_write();

-- New telemetry: as in 0003, and the incident is touched also when only its
-- worked-out tier changes (its recorded one may already have said the same).
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

-- Telemetry deleted or changed: the incidents it named (before and after) are
-- worked out again, once per statement, and written only where the tier moved
-- (the value written is replaced by healdesk_incident_tier_on_write's).
-- SECURITY DEFINER: a login that may change telemetry need not update incidents.
CREATE FUNCTION healdesk_incident_tier_after_telemetry() RETURNS TRIGGER
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
        UPDATE incidents i
           SET healdesk_tier = 'none'
         WHERE i.id IN (SELECT r.incident_id::uuid
                          FROM (SELECT incident_id FROM old_rows UNION SELECT incident_id FROM new_rows) r
                         WHERE r.incident_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
           AND i.healdesk_tier IS DISTINCT FROM healdesk_incident_tier(i.id, i.resolution_tier);
    ELSE
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

CREATE TRIGGER healdesk_incident_tier_after_telemetry_delete
    AFTER DELETE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_tier_after_telemetry();
CREATE TRIGGER healdesk_incident_tier_after_telemetry_update
    AFTER UPDATE ON execution_telemetry
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_tier_after_telemetry();
CREATE TRIGGER healdesk_incident_tier_after_telemetry_truncate
    AFTER TRUNCATE ON execution_telemetry
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_tier_after_telemetry();

-- The drift the data-health page shows, found from the column: an incident
-- whose worked-out tier is not its recorded one came by it from telemetry.
CREATE OR REPLACE VIEW healdesk_incident_tier_drift AS
SELECT i.id AS incident_id, i.resolution_tier AS recorded, healdesk_normalise_tier(i.resolution_tier) AS normalised,
       latest.tier AS telemetry_tier, latest.execution_id
  FROM incidents i
  JOIN LATERAL (
      SELECT healdesk_normalise_tier(e.resolution_level) AS tier, e.execution_id
        FROM execution_telemetry e
       WHERE e.incident_id = i.id::text
         AND healdesk_normalise_tier(e.resolution_level) IS NOT NULL
       ORDER BY coalesce(e.completed_at, e.started_at, e.created_at) DESC NULLS LAST, e.id DESC
       LIMIT 1
  ) latest ON true
 WHERE i.healdesk_tier <> coalesce(healdesk_normalise_tier(i.resolution_tier), 'none');
ALTER VIEW healdesk_incident_tier_drift SET (security_invoker = true);
