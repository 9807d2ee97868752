-- Notifications. The channels, named here once for SQL (C++ names them in
-- models/core/Channels.h; a test checks both agree): healdesk_incidents,
-- healdesk_orders, healdesk_telemetry, healdesk_appliances (the rows' IDs),
-- healdesk_config (mapping, runbooks, runbook switches, L1 rules, patterns) and
-- healdesk_workers (a worker took or gave up the lead, or stopped).
--
-- Live refresh: the console LISTENs on one channel per table. Payloads carry IDs
-- only (never row data), one notification per statement: up to 100 IDs joined by
-- commas, or '*' when a statement touched more rows than that, meaning "reload".
CREATE OR REPLACE FUNCTION healdesk_notify_changed() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
DECLARE
    changed BIGINT;
    ids TEXT;
BEGIN
    SELECT count(*), string_agg(id, ',')
      INTO changed, ids
      FROM (SELECT id::text AS id FROM changed_rows LIMIT 101) s;
    IF changed = 0 THEN
        RETURN NULL;
    END IF;
    IF changed > 100 THEN
        ids := '*';
    END IF;
    PERFORM pg_notify(TG_ARGV[0], ids);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_notify_incidents_insert AFTER INSERT ON incidents
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_incidents');

CREATE OR REPLACE TRIGGER healdesk_notify_incidents_update AFTER UPDATE ON incidents
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_incidents');

CREATE OR REPLACE TRIGGER healdesk_notify_incidents_delete AFTER DELETE ON incidents
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_incidents');

CREATE OR REPLACE TRIGGER healdesk_notify_orders_insert AFTER INSERT ON orders
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_orders');

CREATE OR REPLACE TRIGGER healdesk_notify_orders_update AFTER UPDATE ON orders
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_orders');

CREATE OR REPLACE TRIGGER healdesk_notify_telemetry_insert AFTER INSERT ON execution_telemetry
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_telemetry');

CREATE OR REPLACE TRIGGER healdesk_notify_appliances_update AFTER UPDATE ON appliances
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_appliances');

-- Held orders are orders to the Orders page: the same channel, their IDs.
CREATE OR REPLACE TRIGGER healdesk_notify_held_orders_insert AFTER INSERT ON healdesk_held_orders
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_orders');

CREATE OR REPLACE TRIGGER healdesk_notify_held_orders_update AFTER UPDATE ON healdesk_held_orders
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_orders');

-- Configuration changes (the mapping, runbooks, per-appliance runbook settings,
-- L1 rules, patterns) move figures on many pages at once: one notification per
-- statement on healdesk_config, payload '*' (reload).
CREATE OR REPLACE FUNCTION healdesk_notify_config() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_notify('healdesk_config', '*');
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_notify_mapping AFTER INSERT OR UPDATE OR DELETE ON runbook_id_mapping
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_notify_config();

CREATE OR REPLACE TRIGGER healdesk_notify_runbooks AFTER INSERT OR UPDATE OR DELETE ON runbooks
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_notify_config();

CREATE OR REPLACE TRIGGER healdesk_notify_runbook_config AFTER INSERT OR UPDATE OR DELETE ON appliance_runbook_config
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_notify_config();

CREATE OR REPLACE TRIGGER healdesk_notify_l1_rules AFTER INSERT OR UPDATE OR DELETE ON l1_rules
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_notify_config();

CREATE OR REPLACE TRIGGER healdesk_notify_patterns AFTER INSERT OR UPDATE OR DELETE ON patterns
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_notify_config();

-- An appliance enrolled (or removed) while the console is open shows up on
-- the Fleet page without F5: inserts and deletes notify the same channel as
-- check-ins. A site appears with its first appliance.
CREATE OR REPLACE TRIGGER healdesk_notify_appliances_insert AFTER INSERT ON appliances
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_appliances');

CREATE OR REPLACE TRIGGER healdesk_notify_appliances_delete AFTER DELETE ON appliances
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_appliances');

CREATE OR REPLACE TRIGGER healdesk_notify_windows AFTER INSERT OR UPDATE OR DELETE ON healdesk_maintenance_windows
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_notify_config();

-- A worker that takes or gives up the lead, or stops: consoles say so in their
-- status bar at once rather than at their next round. Heartbeats that change
-- neither stay silent.
CREATE OR REPLACE FUNCTION healdesk_notify_workers() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_notify('healdesk_workers', '*');
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_notify_workers_insert AFTER INSERT ON healdesk_workers
    FOR EACH ROW WHEN (NEW.is_leader) EXECUTE FUNCTION healdesk_notify_workers();

CREATE OR REPLACE TRIGGER healdesk_notify_workers_update AFTER UPDATE ON healdesk_workers
    FOR EACH ROW WHEN (OLD.is_leader IS DISTINCT FROM NEW.is_leader OR OLD.stopped_at IS DISTINCT FROM NEW.stopped_at)
    EXECUTE FUNCTION healdesk_notify_workers();
