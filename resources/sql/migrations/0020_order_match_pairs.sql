-- Which executions match which pending orders, by the definition of
-- healdesk_order_matches (0009: the same appliance, started between the
-- order's issued_at and its deadline, naming no other order, a runbook that
-- resolves to the order's), kept as pairs so Data health counts the
-- reconcilable orders without probing telemetry once per pending order
-- (42,570 probes on the 10M fleet: 0.35 s warm, 1.3 s cold).
--
-- Every matching pair of a pending order is kept, not only the first, so a
-- deleted execution takes its own pairs with it and no order has to be
-- looked at again. Pairs of an order that is no longer pending may outlive
-- it (a telemetry writer may add one while the order is being completed);
-- readers join the orders and count pending ones only.
--
-- Writers of telemetry, of orders and of the mapping or runbooks look at each
-- other's rows, so none may miss another's uncommitted change: they take one
-- advisory lock (1018, 0) before they look. Telemetry writers take it shared
-- (they never wait for each other); a statement that leaves an order pending,
-- and a change to the mapping or the runbooks, take it exclusive and wait for
-- the telemetry transactions in flight, which wait for them in turn. One lock
-- rather than per-appliance buckets: an order for a whole site, issued as
-- several statements, would otherwise take its buckets in no fixed order
-- while an agent holds some of them. Those exclusive holders take no other
-- advisory lock, so they wait for nothing an agent holds but rows they write
-- themselves. Completing or cancelling an order only deletes its pairs and
-- takes no lock; a pair left behind for a no longer pending order is ignored,
-- as readers count pending orders only.

CREATE TABLE healdesk_order_match (
    order_id VARCHAR(64) NOT NULL,
    execution_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (order_id, execution_id)
);
CREATE INDEX healdesk_order_match_execution_idx ON healdesk_order_match (execution_id);

-- Pending orders of an appliance, by time: the lookup of every telemetry insert.
CREATE INDEX orders_pending_appliance_idx ON orders ((appliance_id::text), issued_at) WHERE status = 'pending';

-- The pairs of the given orders, worked out again from telemetry (those still
-- pending; the others lose theirs). The caller holds the lock exclusively.
CREATE FUNCTION healdesk_order_match_refresh(order_ids TEXT[]) RETURNS VOID
    LANGUAGE sql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    DELETE FROM healdesk_order_match WHERE order_id = ANY (order_ids);
    INSERT INTO healdesk_order_match (order_id, execution_id)
    SELECT o.order_id, e.execution_id
      FROM orders o
      JOIN execution_telemetry e
        ON e.appliance_id = o.appliance_id::text
       AND e.started_at >= o.issued_at
       AND e.started_at <= healdesk_order_deadline(o.issued_at, o.expires_at)
     WHERE o.order_id = ANY (order_ids)
       AND o.status = 'pending'
       AND (e.order_id IS NULL OR e.order_id = o.order_id)
       AND healdesk_canonical_runbook(e.runbook_id) = o.runbook_id
    ON CONFLICT DO NOTHING;
$$;

-- Telemetry changed: the orphan references of 0017 as before, and now also
-- the pending orders its rows match. One trigger function for both, so an
-- agent's insert pays for one call and one round of bucket locks (a trigger
-- of its own cost 0.13 ms per single-row insert).
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
                ON o.appliance_id::text = e.appliance_id
               AND o.status = 'pending'
               AND o.issued_at <= e.started_at
             WHERE e.started_at <= healdesk_order_deadline(o.issued_at, o.expires_at)
               AND (e.order_id IS NULL OR e.order_id = o.order_id)
               AND healdesk_canonical_runbook(e.runbook_id) = o.runbook_id
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

CREATE FUNCTION healdesk_order_match_on_orders() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    pending TEXT[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE healdesk_order_match;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT array_agg(r.order_id) INTO pending FROM new_rows r WHERE r.status = 'pending';
        IF pending IS NOT NULL THEN
            PERFORM pg_advisory_xact_lock(1018, 0);
        END IF;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        DELETE FROM healdesk_order_match m USING old_rows r WHERE m.order_id = r.order_id;
    END IF;
    IF pending IS NOT NULL THEN
        PERFORM healdesk_order_match_refresh(pending);
    END IF;
    RETURN NULL;
END;
$$;

-- The runbook IDs a row of runbook_id_mapping or runbooks names: the runbook
-- it resolves to, and for a mapping the ID it resolves (which may have
-- resolved to itself before).
CREATE FUNCTION healdesk_runbook_ids_of(r JSONB) RETURNS SETOF TEXT
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT v.id FROM (VALUES (r ->> 'runbook_id'), (r ->> 'l1_rule_id')) v (id) WHERE v.id IS NOT NULL
$$;

-- The mapping or the runbooks changed: orders for the runbooks involved are
-- matched again (an L1 ID now resolving to a runbook, or no longer).
CREATE FUNCTION healdesk_order_match_on_runbooks() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    runbooks_ TEXT[];
    pending TEXT[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        SELECT array_agg(DISTINCT o.runbook_id) INTO runbooks_ FROM orders o WHERE o.status = 'pending';
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT v.id) INTO runbooks_
          FROM new_rows r, healdesk_runbook_ids_of(to_jsonb(r)) v (id);
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT v.id) INTO runbooks_
          FROM old_rows r, healdesk_runbook_ids_of(to_jsonb(r)) v (id);
    ELSE
        -- Only rows whose runbook IDs changed (a renamed runbook or a new
        -- description moves no match).
        SELECT array_agg(DISTINCT v.id) INTO runbooks_
          FROM ((SELECT jsonb_build_object('runbook_id', to_jsonb(r) -> 'runbook_id',
                                           'l1_rule_id', to_jsonb(r) -> 'l1_rule_id') AS j FROM old_rows r
                 EXCEPT ALL
                 SELECT jsonb_build_object('runbook_id', to_jsonb(r) -> 'runbook_id',
                                           'l1_rule_id', to_jsonb(r) -> 'l1_rule_id') FROM new_rows r)
                UNION ALL
                (SELECT jsonb_build_object('runbook_id', to_jsonb(r) -> 'runbook_id',
                                           'l1_rule_id', to_jsonb(r) -> 'l1_rule_id') FROM new_rows r
                 EXCEPT ALL
                 SELECT jsonb_build_object('runbook_id', to_jsonb(r) -> 'runbook_id',
                                           'l1_rule_id', to_jsonb(r) -> 'l1_rule_id') FROM old_rows r)) x,
               healdesk_runbook_ids_of(x.j) v (id);
    END IF;
    IF runbooks_ IS NULL THEN
        RETURN NULL;
    END IF;
    -- Exclusive before listing the pending orders, so an order being written
    -- now is either seen here or matches with the new mapping itself.
    PERFORM pg_advisory_xact_lock(1018, 0);
    SELECT array_agg(o.order_id) INTO pending
      FROM orders o WHERE o.status = 'pending' AND o.runbook_id = ANY (runbooks_);
    IF pending IS NOT NULL THEN
        PERFORM healdesk_order_match_refresh(pending);
    END IF;
    RETURN NULL;
END;
$$;

-- Every pair again (the migration, the generator's bulk load).
CREATE FUNCTION healdesk_order_match_rebuild() RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    n BIGINT;
BEGIN
    LOCK TABLE orders, execution_telemetry IN SHARE MODE;
    TRUNCATE healdesk_order_match;
    PERFORM healdesk_order_match_refresh(ARRAY(SELECT o.order_id FROM orders o WHERE o.status = 'pending'));
    SELECT count(*) INTO n FROM healdesk_order_match;
    RETURN n;
END;
$$;

LOCK TABLE execution_telemetry, orders, runbook_id_mapping, runbooks IN SHARE ROW EXCLUSIVE MODE;

CREATE TRIGGER healdesk_order_match_insert AFTER INSERT ON orders
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_orders();
CREATE TRIGGER healdesk_order_match_delete AFTER DELETE ON orders
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_orders();
CREATE TRIGGER healdesk_order_match_update AFTER UPDATE ON orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_order_match_on_orders();
CREATE TRIGGER healdesk_order_match_truncate AFTER TRUNCATE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_orders();

CREATE TRIGGER healdesk_order_match_insert AFTER INSERT ON runbook_id_mapping
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_runbooks();
CREATE TRIGGER healdesk_order_match_delete AFTER DELETE ON runbook_id_mapping
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_runbooks();
CREATE TRIGGER healdesk_order_match_update AFTER UPDATE ON runbook_id_mapping
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_order_match_on_runbooks();
CREATE TRIGGER healdesk_order_match_truncate AFTER TRUNCATE ON runbook_id_mapping
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_runbooks();

CREATE TRIGGER healdesk_order_match_insert AFTER INSERT ON runbooks
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_runbooks();
CREATE TRIGGER healdesk_order_match_delete AFTER DELETE ON runbooks
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_runbooks();
CREATE TRIGGER healdesk_order_match_update AFTER UPDATE ON runbooks
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_order_match_on_runbooks();
CREATE TRIGGER healdesk_order_match_truncate AFTER TRUNCATE ON runbooks
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_runbooks();

SELECT healdesk_order_match_rebuild();

-- Pairs name orders and executions of any site: logins the policies narrow
-- count through the view instead (as for the orphan references).
ALTER TABLE healdesk_order_match ENABLE ROW LEVEL SECURITY;
CREATE POLICY partner_scope ON healdesk_order_match USING (false);
GRANT SELECT ON healdesk_order_match TO healdesk_technician;
REVOKE EXECUTE ON FUNCTION healdesk_order_match_refresh(TEXT[]), healdesk_order_match_rebuild() FROM PUBLIC;
