-- Incident counts: incidents per UTC day, site and tier (the kept tier of
-- 40_incident_tier.sql), per site and for the fleet, daily and all-time rows,
-- kept by statement triggers on incidents and on appliances moving site.

-- One function for every change: the signed rows (site, reported_at, tier,
-- n) a statement added or took away, summed into the four rows each touches
-- (rows that reach zero go). Dynamic SQL, because the transition tables are
-- only visible inside the trigger function itself.
CREATE OR REPLACE FUNCTION healdesk_incident_counts_on_change() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $fn$
DECLARE
    added TEXT := 'SELECT a.site_id, r.reported_at, r.healdesk_tier AS tier, 1 AS n '
                  'FROM new_rows r JOIN appliances a ON a.id = r.appliance_id';
    removed TEXT := 'SELECT a.site_id, r.reported_at, r.healdesk_tier AS tier, -1 AS n '
                    'FROM old_rows r JOIN appliances a ON a.id = r.appliance_id';
    src TEXT;
    k RECORD;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE healdesk_incident_counts;
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'appliances' THEN
        -- An appliance moved to another site takes its incidents' counts along.
        src := 'SELECT x.site_id, i.reported_at, i.healdesk_tier AS tier, x.n '
               '  FROM (SELECT o.id, o.site_id, -1 AS n FROM old_rows o JOIN new_rows w ON w.id = o.id '
               '         WHERE w.site_id IS DISTINCT FROM o.site_id '
               '        UNION ALL '
               '        SELECT w.id, w.site_id, 1 FROM old_rows o JOIN new_rows w ON w.id = o.id '
               '         WHERE w.site_id IS DISTINCT FROM o.site_id) x '
               '  JOIN incidents i ON i.appliance_id = x.id';
    ELSIF TG_OP = 'INSERT' THEN
        src := added;
    ELSIF TG_OP = 'DELETE' THEN
        src := removed;
    ELSE
        src := removed || ' UNION ALL ' || added;
    END IF;
    -- The rows that reach zero are removed after the statement that zeroed
    -- them (one statement cannot change a row twice).
    FOR k IN EXECUTE format($q$
        WITH c AS (
            SELECT x.site_id, (x.reported_at AT TIME ZONE 'UTC')::date AS day, x.tier, sum(x.n) AS n
              FROM (%s) x
             GROUP BY 1, 2, 3
            HAVING sum(x.n) <> 0
        ), keyed AS (
            SELECT k.grain, k.fleet, k.site_id, k.day, c.tier, sum(c.n) AS n
              FROM c
             CROSS JOIN LATERAL (VALUES ('d', false, c.site_id, c.day), ('a', false, c.site_id, '-infinity'::date),
                                        ('d', true, '', c.day), ('a', true, '', '-infinity'::date))
                   AS k (grain, fleet, site_id, day)
             GROUP BY 1, 2, 3, 4, 5
            HAVING sum(c.n) <> 0
        ), upserted AS (
            INSERT INTO healdesk_incident_counts AS t (grain, fleet, site_id, day, tier, n)
            SELECT grain, fleet, site_id, day, tier, n FROM keyed
            ON CONFLICT (grain, fleet, site_id, day, tier) DO UPDATE SET n = t.n + excluded.n
            RETURNING t.grain, t.fleet, t.site_id, t.day, t.tier, t.n
        )
        SELECT grain, fleet, site_id, day, tier FROM upserted WHERE n = 0
    $q$, src) LOOP
        DELETE FROM healdesk_incident_counts t
         WHERE t.grain = k.grain AND t.fleet = k.fleet AND t.site_id = k.site_id AND t.day = k.day
           AND t.tier = k.tier AND t.n = 0;
    END LOOP;
    RETURN NULL;
END;
$fn$;

CREATE OR REPLACE TRIGGER healdesk_incident_counts_insert AFTER INSERT ON incidents
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_counts_on_change();

CREATE OR REPLACE TRIGGER healdesk_incident_counts_delete AFTER DELETE ON incidents
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_counts_on_change();

CREATE OR REPLACE TRIGGER healdesk_incident_counts_update AFTER UPDATE ON incidents
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_counts_on_change();

CREATE OR REPLACE TRIGGER healdesk_incident_counts_truncate AFTER TRUNCATE ON incidents
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_counts_on_change();

CREATE OR REPLACE TRIGGER healdesk_incident_counts_appliance_move AFTER UPDATE ON appliances
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_counts_on_change();

