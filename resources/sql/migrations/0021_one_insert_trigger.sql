-- An agent's telemetry insert ran three statement triggers of Healdesk's
-- besides the rollups' (the keys of 0019, the orphan references and order
-- matches of 0017/0020) and two row triggers (the incident's tier, 0003/0014;
-- order completion, 0004). A single-row insert took about 1.9 times as long
-- as on the legacy table, and a row naming an incident, as nearly all agents'
-- rows do, about 4.3 times (0.95 ms against 0.22 ms, pgbench): the tier
-- trigger probed every month's partition for a later execution and then ran
-- an UPDATE of incidents that usually changed nothing but still fired the
-- incidents' statement triggers. The orphan trigger ran about ten statements
-- (lock statements, a PL/pgSQL loop over lock buckets, an aggregate and a
-- sort per check) to find, nearly always, nothing to do.
--
-- One statement trigger now does the keys, the references and the tiers of
-- inserted rows: the keys; the reference bucket locks (shared; they also
-- cover the tier, as 0017 made the tier trigger take them); one query for the
-- orphan and tier checks and, only when it found something, the writes; then
-- the order-match lock and one look at pending orders, and only when one
-- could match, the pairs. Each lock is taken in a statement of its own before
-- the statements that look (a statement's snapshot is taken before a lock
-- inside it would be). The order-match lock comes after every write that may
-- wait for a row lock (incidents, their counts, orphan rows), as with the
-- tier row trigger, which ran before the statement triggers: a transaction
-- holding such a row while it waits for the exclusive order-match lock then
-- cannot deadlock with an agent's statement. A row whose tier its incident
-- already shows changes nothing, whichever execution is the latest, so the
-- partitions are probed only for incidents whose tier would change, once per
-- incident rather than once per row. Deletes, updates and truncates keep
-- their triggers.
--
-- Behaviour that changes: an UPDATE that moves a row to another month's
-- partition fired the insert row trigger there, which could rewrite the
-- incident's recorded tier; statement triggers see it as an update, so now
-- only the worked-out tier follows, as for an update within one month. And a
-- statement mixing rows with no time at all and timed rows of one incident
-- gives it the timed rows' tier (healdesk_incident_tier's order).
--
-- Order completion gets a WHEN condition, so a row naming no order queues no
-- trigger call.

CREATE FUNCTION healdesk_telemetry_inserted() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    tiers BOOLEAN;
    app_refs TEXT[];
    inc_refs TEXT[];
BEGIN
    -- The keys first: a duplicate fails before any lock is taken.
    INSERT INTO healdesk_telemetry_keys (id, execution_id) SELECT n.id, n.execution_id FROM new_rows n;
    -- The reference buckets (0017) in their order, shared, as
    -- healdesk_reference_lock(..., false) takes them; they also cover the
    -- incidents' tiers, as 0017 made the tier trigger take them.
    PERFORM pg_advisory_xact_lock_shared(1017, b.bucket)
       FROM (SELECT DISTINCT abs(hashtext(x.id) % 1024) AS bucket
               FROM (SELECT r.appliance_id AS id FROM new_rows r
                     UNION ALL
                     SELECT r.incident_id FROM new_rows r) x
              WHERE x.id IS NOT NULL
              ORDER BY 1) b;
    -- Which appliance and incident references name nothing (one entry per
    -- row; the adding function sums them), and does any row's tier differ
    -- from what its incident shows? If not, whichever execution is the
    -- latest, the incident keeps its tier.
    SELECT array_agg(r.appliance_id)
               FILTER (WHERE NOT EXISTS (SELECT 1 FROM appliances ap WHERE ap.id::text = r.appliance_id)),
           array_agg(r.incident_id)
               FILTER (WHERE r.incident_id IS NOT NULL
                         AND NOT EXISTS (SELECT 1 FROM incidents inc WHERE inc.id::text = r.incident_id)),
           coalesce(bool_or(EXISTS (SELECT 1
                                      FROM incidents inc
                                     WHERE inc.id::text = r.incident_id
                                       AND (inc.resolution_tier IS DISTINCT FROM healdesk_normalise_tier(r.resolution_level)
                                            OR inc.healdesk_tier IS DISTINCT FROM healdesk_normalise_tier(r.resolution_level))))
                        FILTER (WHERE r.incident_id IS NOT NULL
                                  AND healdesk_normalise_tier(r.resolution_level) IS NOT NULL), false)
      INTO app_refs, inc_refs, tiers
      FROM new_rows r;
    IF tiers THEN
        -- Each incident takes the tier of the statement's latest row naming
        -- it (healdesk_incident_tier's order, 0014), unless a later
        -- execution is already recorded.
        WITH latest AS (
            SELECT DISTINCT ON (r.incident_id)
                   r.incident_id, r.id, healdesk_normalise_tier(r.resolution_level) AS tier,
                   coalesce(r.completed_at, r.started_at, r.created_at) AS at_time
              FROM new_rows r
             WHERE r.incident_id IS NOT NULL AND healdesk_normalise_tier(r.resolution_level) IS NOT NULL
             ORDER BY r.incident_id, coalesce(r.completed_at, r.started_at, r.created_at) DESC NULLS LAST, r.id DESC
        )
        UPDATE incidents i
           SET resolution_tier = l.tier, healdesk_tier = l.tier
          FROM latest l
         WHERE i.id::text = l.incident_id
           AND (i.resolution_tier IS DISTINCT FROM l.tier OR i.healdesk_tier IS DISTINCT FROM l.tier)
           AND NOT EXISTS (SELECT 1
                             FROM execution_telemetry t
                            WHERE t.incident_id = l.incident_id
                              AND t.id <> l.id
                              AND healdesk_normalise_tier(t.resolution_level) IS NOT NULL
                              AND (coalesce(t.completed_at, t.started_at, t.created_at) > l.at_time
                                   OR (coalesce(t.completed_at, t.started_at, t.created_at) = l.at_time
                                       AND t.id > l.id)));
    END IF;
    IF app_refs IS NOT NULL THEN
        PERFORM healdesk_orphan_refs_add('appliance', app_refs, array_fill(1::BIGINT, ARRAY[cardinality(app_refs)]));
    END IF;
    IF inc_refs IS NOT NULL THEN
        PERFORM healdesk_orphan_refs_add('incident', inc_refs, array_fill(1::BIGINT, ARRAY[cardinality(inc_refs)]));
    END IF;
    -- The order matches' lock (0020) last, before orders are looked at: the
    -- row locks above (incidents, their counts, orphan rows) are waited for
    -- without it, as the tier row trigger did, so a writer holding one of
    -- those rows while it waits for the exclusive lock cannot deadlock with
    -- this statement.
    PERFORM pg_advisory_xact_lock_shared(1018, 0);
    -- Is a pending order waiting on these appliances (through
    -- orders_pending_appliance_idx)? Only then are the pairs worked out.
    IF EXISTS (SELECT 1
                 FROM orders o,
                      (SELECT array_agg(n.appliance_id) AS apps, min(n.started_at) AS earliest,
                              max(n.started_at) AS latest
                         FROM new_rows n) w
                WHERE o.status = 'pending' AND o.appliance_id::text = ANY (w.apps) AND o.issued_at <= w.latest
                  AND healdesk_order_deadline(o.issued_at, o.expires_at) >= w.earliest) THEN
        INSERT INTO healdesk_order_match (order_id, execution_id)
        SELECT o.order_id, e.execution_id
          FROM new_rows e
          JOIN orders o
            ON o.appliance_id::text = e.appliance_id
           AND o.status = 'pending'
           AND o.issued_at <= e.started_at
         WHERE e.started_at <= healdesk_order_deadline(o.issued_at, o.expires_at)
           AND (e.order_id IS NULL OR e.order_id = o.order_id)
           AND healdesk_canonical_runbook(e.runbook_id) = o.runbook_id
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION healdesk_telemetry_inserted() FROM PUBLIC;

LOCK TABLE execution_telemetry IN SHARE ROW EXCLUSIVE MODE;

-- The replaced triggers' enabled state carries over (an installation may have
-- switched one off on purpose). The three merged into one must agree: one of
-- them off would switch off the others' bookkeeping too (the keys among it),
-- so a mix stops the migration, naming them, and nothing changes.
CREATE TEMPORARY TABLE healdesk_trigger_state ON COMMIT DROP AS
SELECT t.tgname::text AS name, t.tgenabled AS state
  FROM pg_trigger t
 WHERE t.tgrelid = 'execution_telemetry'::regclass
   AND t.tgname IN ('healdesk_telemetry_keys', 'healdesk_orphan_refs_insert', 'healdesk_sync_incident_tier',
                    'healdesk_complete_order');

DO $$
BEGIN
    IF (SELECT count(DISTINCT s.state) FROM healdesk_trigger_state s WHERE s.name <> 'healdesk_complete_order') > 1 THEN
        RAISE EXCEPTION 'the insert triggers on execution_telemetry are not all enabled alike: %',
            (SELECT string_agg(s.name || ' ' || CASE s.state WHEN 'O' THEN 'enabled' WHEN 'D' THEN 'disabled'
                                                            WHEN 'A' THEN 'enabled always'
                                                            WHEN 'R' THEN 'enabled replica' END, ', ' ORDER BY s.name)
               FROM healdesk_trigger_state s WHERE s.name <> 'healdesk_complete_order')
            USING HINT = 'Enable or disable healdesk_telemetry_keys, healdesk_orphan_refs_insert and '
                         'healdesk_sync_incident_tier alike (ALTER TABLE execution_telemetry ... TRIGGER), then migrate again.';
    END IF;
END;
$$;

DROP TRIGGER healdesk_telemetry_keys ON execution_telemetry;
DROP TRIGGER healdesk_orphan_refs_insert ON execution_telemetry;
DROP TRIGGER healdesk_sync_incident_tier ON execution_telemetry;
DROP FUNCTION healdesk_sync_incident_tier();
CREATE TRIGGER healdesk_telemetry_insert AFTER INSERT ON execution_telemetry
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_telemetry_inserted();

DROP TRIGGER healdesk_complete_order ON execution_telemetry;
CREATE TRIGGER healdesk_complete_order
    AFTER INSERT ON execution_telemetry
    FOR EACH ROW WHEN (NEW.order_id IS NOT NULL) EXECUTE FUNCTION healdesk_complete_order();

DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT DISTINCT CASE WHEN s.name = 'healdesk_complete_order' THEN s.name
                                  ELSE 'healdesk_telemetry_insert' END AS name,
                    s.state
               FROM healdesk_trigger_state s
              WHERE s.state <> 'O' LOOP
        EXECUTE format('ALTER TABLE execution_telemetry %s TRIGGER %I',
                       CASE r.state WHEN 'D' THEN 'DISABLE' WHEN 'A' THEN 'ENABLE ALWAYS'
                                    WHEN 'R' THEN 'ENABLE REPLICA' END, r.name);
    END LOOP;
END;
$$;
