-- Incidents counted by UTC day of reported_at, site and worked-out tier
-- (healdesk_tier, 0014), per site and for the whole fleet, per day (grain d)
-- and for all time (grain a, day -infinity). Counting the 10M fleet's 1M
-- incidents took 300-370 ms for every unfiltered count (the incidents page's
-- total, the Healing tiers page's incidents by tier); these rows answer with
-- a few hundred rows at most, the partial days at a period's ends counted
-- from incidents through their reported_at index.
--
-- Kept by statement triggers on incidents (insert, delete, update: the net
-- change per key, so a status change writes nothing), on appliances (one
-- moved to another site takes its incidents' counts along) and truncation.
-- Written by SECURITY DEFINER functions: the row policies and grants of the
-- login that changed an incident do not limit what is counted.

CREATE TABLE healdesk_incident_counts (
    grain TEXT NOT NULL CHECK (grain IN ('d', 'a')),
    fleet BOOLEAN NOT NULL,
    site_id TEXT NOT NULL, -- '' for the whole fleet
    day DATE NOT NULL,     -- -infinity for grain a
    tier TEXT NOT NULL,
    n BIGINT NOT NULL, -- no CHECK (n >= 0): an upsert's proposed row (a negative change) is checked before its conflict
    PRIMARY KEY (grain, fleet, site_id, day, tier)
);

-- One function for every change: the signed rows (site, reported_at, tier,
-- n) a statement added or took away, summed into the four rows each touches
-- (rows that reach zero go). Dynamic SQL, because the transition tables are
-- only visible inside the trigger function itself.
CREATE FUNCTION healdesk_incident_counts_on_change() RETURNS TRIGGER
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

LOCK TABLE incidents, appliances IN SHARE ROW EXCLUSIVE MODE;

CREATE TRIGGER healdesk_incident_counts_insert AFTER INSERT ON incidents
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_counts_on_change();
CREATE TRIGGER healdesk_incident_counts_delete AFTER DELETE ON incidents
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_counts_on_change();
CREATE TRIGGER healdesk_incident_counts_update AFTER UPDATE ON incidents
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_counts_on_change();
CREATE TRIGGER healdesk_incident_counts_truncate AFTER TRUNCATE ON incidents
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_counts_on_change();
CREATE TRIGGER healdesk_incident_counts_appliance_move AFTER UPDATE ON appliances
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_incident_counts_on_change();

-- The incidents there are now.
INSERT INTO healdesk_incident_counts (grain, fleet, site_id, day, tier, n)
SELECT k.grain, k.fleet, k.site_id, k.day, c.tier, sum(c.n)
  FROM (SELECT a.site_id, (i.reported_at AT TIME ZONE 'UTC')::date AS day, i.healdesk_tier AS tier, count(*) AS n
          FROM incidents i JOIN appliances a ON a.id = i.appliance_id
         GROUP BY 1, 2, 3) c
 CROSS JOIN LATERAL (VALUES ('d', false, c.site_id, c.day), ('a', false, c.site_id, '-infinity'::date),
                            ('d', true, '', c.day), ('a', true, '', '-infinity'::date)) AS k (grain, fleet, site_id, day)
 GROUP BY 1, 2, 3, 4, 5;

-- The same partner scope as incidents; whole-fleet rows only for logins the
-- policies do not narrow (they read the site rows instead).
ALTER TABLE healdesk_incident_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY partner_scope ON healdesk_incident_counts
    USING (NOT fleet AND site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));
GRANT SELECT ON healdesk_incident_counts TO healdesk_technician;
