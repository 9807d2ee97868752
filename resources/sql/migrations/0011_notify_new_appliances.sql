-- An appliance enrolled (or removed) while the console is open shows up on
-- the Fleet page without F5: inserts and deletes notify the same channel as
-- check-ins. A site appears with its first appliance.
CREATE TRIGGER healdesk_notify_appliances_insert AFTER INSERT ON appliances
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_appliances');
CREATE TRIGGER healdesk_notify_appliances_delete AFTER DELETE ON appliances
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_changed('healdesk_appliances');
