-- Orders: completion by telemetry that names its order, expiry, and the
-- matching of stuck pending orders to the executions that ran them
-- (DESIGN.md, "Order lifecycle").
--
-- Telemetry naming an order completes it (the trigger, with its WHEN
-- condition, is on execution_telemetry).

CREATE OR REPLACE FUNCTION healdesk_complete_order() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.order_id IS NULL THEN
        RETURN NULL;
    END IF;
    UPDATE orders
       SET status = CASE WHEN NEW.success THEN 'completed' ELSE 'failed' END,
           completed_at = coalesce(NEW.completed_at, now()),
           result = jsonb_build_object(
               'execution_id', NEW.execution_id,
               'success', NEW.success,
               'duration_seconds', NEW.duration_seconds,
               'error_message', NEW.error_message,
               'resolution_level', NEW.resolution_level)
     WHERE order_id = NEW.order_id
       AND status IN ('pending', 'acknowledged');
    RETURN NULL;
END;
$$;

-- Marks pending orders whose TTL ran out as expired; returns how many.
CREATE OR REPLACE FUNCTION healdesk_expire_orders() RETURNS INTEGER
    LANGUAGE sql
AS $$
    WITH expired AS (
        UPDATE orders
           SET status = 'expired', completed_at = now(),
               result = jsonb_build_object('reason', 'ttl elapsed before the appliance acknowledged')
         WHERE status = 'pending' AND expires_at IS NOT NULL AND expires_at < now()
        RETURNING 1
    )
    SELECT count(*)::int FROM expired
$$;

-- Data health's stuck-order detector and its fix share these definitions, so
-- the counts a technician sees and the rows a fix changes can never disagree.
-- When a pending order stops waiting: its own expires_at, or, for orders from
-- before Healdesk (no TTL), one hour after it was issued (Healdesk's default TTL).
CREATE OR REPLACE FUNCTION healdesk_order_deadline(issued_at TIMESTAMPTZ, expires_at TIMESTAMPTZ) RETURNS TIMESTAMPTZ
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(expires_at, issued_at + interval '1 hour')
$$;

-- Which executions match which pending orders, by the definition of the view
-- below, is kept as pairs in healdesk_order_match, so Data health counts the
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

-- Whether an execution matches an order: same appliance, started at or after
-- the order was issued and by its deadline, naming no other order, and a
-- runbook that resolves to the order's. The one statement of the rule: the
-- view, the refresh and both telemetry triggers call it, and as a plain SQL
-- function it is inlined into their queries, so its conditions still drive
-- their indexes. Whether the order is pending is the callers' to say.
CREATE OR REPLACE FUNCTION healdesk_execution_matches_order(
    e_appliance TEXT, e_started TIMESTAMPTZ, e_order TEXT, e_runbook TEXT,
    o_appliance UUID, o_issued TIMESTAMPTZ, o_expires TIMESTAMPTZ, o_order TEXT, o_runbook TEXT) RETURNS BOOLEAN
    LANGUAGE sql STABLE
AS $$
    SELECT e_appliance = o_appliance::text
       AND e_started >= o_issued
       AND e_started <= healdesk_order_deadline(o_issued, o_expires)
       AND (e_order IS NULL OR e_order = o_order)
       AND healdesk_canonical_runbook(e_runbook) = o_runbook
$$;

-- Pending orders and the first execution that matches them.
CREATE OR REPLACE VIEW healdesk_order_matches WITH (security_invoker = true) AS
SELECT o.order_id, o.issued_at, healdesk_order_deadline(o.issued_at, o.expires_at) AS deadline,
       m.execution_id, m.success, m.started_at, m.completed_at, m.duration_seconds, m.error_message, m.resolution_level
  FROM orders o
  LEFT JOIN LATERAL (
      SELECT e.execution_id, e.success, e.started_at, e.completed_at, e.duration_seconds, e.error_message,
             e.resolution_level
        FROM execution_telemetry e
       WHERE healdesk_execution_matches_order(e.appliance_id, e.started_at, e.order_id, e.runbook_id,
                                              o.appliance_id, o.issued_at, o.expires_at, o.order_id, o.runbook_id)
       ORDER BY e.started_at, e.id
       LIMIT 1
  ) m ON true
 WHERE o.status = 'pending';

-- The pairs of the given orders, worked out again from telemetry (those still
-- pending; the others lose theirs). The caller holds the lock exclusively.
CREATE OR REPLACE FUNCTION healdesk_order_match_refresh(order_ids TEXT[]) RETURNS VOID
    LANGUAGE sql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    DELETE FROM healdesk_order_match WHERE order_id = ANY (order_ids);
    INSERT INTO healdesk_order_match (order_id, execution_id)
    SELECT o.order_id, e.execution_id
      FROM orders o
      JOIN execution_telemetry e
        ON healdesk_execution_matches_order(e.appliance_id, e.started_at, e.order_id, e.runbook_id,
                                            o.appliance_id, o.issued_at, o.expires_at, o.order_id, o.runbook_id)
     WHERE o.order_id = ANY (order_ids)
       AND o.status = 'pending'
    ON CONFLICT DO NOTHING;
$$;

CREATE OR REPLACE FUNCTION healdesk_order_match_on_orders() RETURNS TRIGGER
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
CREATE OR REPLACE FUNCTION healdesk_runbook_ids_of(r JSONB) RETURNS SETOF TEXT
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT v.id FROM (VALUES (r ->> 'runbook_id'), (r ->> 'l1_rule_id')) v (id) WHERE v.id IS NOT NULL
$$;

-- The mapping or the runbooks changed: orders for the runbooks involved are
-- matched again (an L1 ID now resolving to a runbook, or no longer).
CREATE OR REPLACE FUNCTION healdesk_order_match_on_runbooks() RETURNS TRIGGER
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
CREATE OR REPLACE FUNCTION healdesk_order_match_rebuild() RETURNS BIGINT
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

CREATE OR REPLACE TRIGGER healdesk_order_match_insert AFTER INSERT ON orders
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_orders();

CREATE OR REPLACE TRIGGER healdesk_order_match_delete AFTER DELETE ON orders
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_orders();

CREATE OR REPLACE TRIGGER healdesk_order_match_update AFTER UPDATE ON orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_order_match_on_orders();

CREATE OR REPLACE TRIGGER healdesk_order_match_truncate AFTER TRUNCATE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_orders();

CREATE OR REPLACE TRIGGER healdesk_order_match_insert AFTER INSERT ON runbook_id_mapping
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_runbooks();

CREATE OR REPLACE TRIGGER healdesk_order_match_delete AFTER DELETE ON runbook_id_mapping
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_runbooks();

CREATE OR REPLACE TRIGGER healdesk_order_match_update AFTER UPDATE ON runbook_id_mapping
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_order_match_on_runbooks();

CREATE OR REPLACE TRIGGER healdesk_order_match_truncate AFTER TRUNCATE ON runbook_id_mapping
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_runbooks();

CREATE OR REPLACE TRIGGER healdesk_order_match_insert AFTER INSERT ON runbooks
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_runbooks();

CREATE OR REPLACE TRIGGER healdesk_order_match_delete AFTER DELETE ON runbooks
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_runbooks();

CREATE OR REPLACE TRIGGER healdesk_order_match_update AFTER UPDATE ON runbooks
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_order_match_on_runbooks();

CREATE OR REPLACE TRIGGER healdesk_order_match_truncate AFTER TRUNCATE ON runbooks
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_order_match_on_runbooks();

CREATE OR REPLACE TRIGGER healdesk_complete_order
    AFTER INSERT ON execution_telemetry
    FOR EACH ROW WHEN (NEW.order_id IS NOT NULL) EXECUTE FUNCTION healdesk_complete_order();


REVOKE EXECUTE ON FUNCTION healdesk_order_match_refresh(TEXT[]), healdesk_order_match_rebuild() FROM PUBLIC;
GRANT SELECT ON healdesk_order_matches TO healdesk_technician;
