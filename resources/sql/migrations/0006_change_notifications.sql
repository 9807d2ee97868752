-- Live refresh: the console LISTENs on one channel per table. Payloads carry IDs
-- only (never row data), one notification per statement: up to 100 IDs joined by
-- commas, or '*' when a statement touched more rows than that, meaning "reload".
CREATE FUNCTION healdesk_notify_changed() RETURNS TRIGGER
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

CREATE TRIGGER healdesk_notify_incidents_insert AFTER INSERT ON incidents
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_incidents');
CREATE TRIGGER healdesk_notify_incidents_update AFTER UPDATE ON incidents
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_incidents');
CREATE TRIGGER healdesk_notify_incidents_delete AFTER DELETE ON incidents
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_incidents');

CREATE TRIGGER healdesk_notify_orders_insert AFTER INSERT ON orders
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_orders');
CREATE TRIGGER healdesk_notify_orders_update AFTER UPDATE ON orders
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_orders');

CREATE TRIGGER healdesk_notify_telemetry_insert AFTER INSERT ON execution_telemetry
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_telemetry');

CREATE TRIGGER healdesk_notify_appliances_update AFTER UPDATE ON appliances
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_appliances');
