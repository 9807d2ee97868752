-- Incident actions (0032): each event keeps its incident's columns as legacy
-- readers and agents expect them, in the same statement, whoever writes it:
--   acknowledge, assign: healdesk_owner becomes the event's owner;
--   resolve: status 'resolved', resolved_at and healdesk_human_resolved_at
--     the event's time, and the recorded tier L3 (the tier a person's
--     resolution has, 40_incident_tier.sql), the one before kept on the event;
--   reopen: status 'open', resolved_at and healdesk_human_resolved_at NULL,
--     and after a person's resolution the recorded tier its latest execution's,
--     else the one that resolution replaced;
--   note: nothing.
-- SECURITY DEFINER: technicians may add events but not update incidents.
CREATE OR REPLACE FUNCTION healdesk_incident_event_apply() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    inc RECORD;
BEGIN
    SELECT i.resolution_tier, i.healdesk_human_resolved_at INTO inc
      FROM incidents i WHERE i.id = NEW.incident_id FOR UPDATE;
    IF NEW.kind IN ('acknowledge', 'assign') THEN
        UPDATE incidents SET healdesk_owner = NEW.owner WHERE id = NEW.incident_id;
    ELSIF NEW.kind = 'resolve' THEN
        NEW.tier_before := inc.resolution_tier;
        UPDATE incidents
           SET status = 'resolved', resolved_at = NEW.at, healdesk_human_resolved_at = NEW.at, resolution_tier = 'L3'
         WHERE id = NEW.incident_id;
    ELSIF NEW.kind = 'reopen' THEN
        UPDATE incidents i
           SET status = 'open', resolved_at = NULL, healdesk_human_resolved_at = NULL,
               resolution_tier = CASE
                   WHEN inc.healdesk_human_resolved_at IS NULL THEN i.resolution_tier
                   ELSE coalesce((SELECT l.tier FROM healdesk_latest_execution(i.id::text) l),
                                 (SELECT e.tier_before
                                    FROM healdesk_incident_events e
                                   WHERE e.incident_id = i.id AND e.kind = 'resolve'
                                   ORDER BY e.id DESC
                                   LIMIT 1))
               END
         WHERE id = NEW.incident_id;
    END IF;
    RETURN NEW;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_incident_event_apply
    BEFORE INSERT ON healdesk_incident_events
    FOR EACH ROW EXECUTE FUNCTION healdesk_incident_event_apply();

-- Whether a login may be given an incident: a Healdesk login (technician or
-- admin) that sees the incident's partner, or one that sees everything.
-- Answers only about incidents the asking login sees itself.
CREATE OR REPLACE FUNCTION healdesk_login_reaches(who NAME, incident UUID) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = who AND r.rolcanlogin)
       AND EXISTS (
               SELECT 1
                 FROM incidents i
                 JOIN appliances a ON a.id = i.appliance_id
                 JOIN sites s ON s.id = a.site_id
                WHERE i.id = incident
                  AND (EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND (r.rolsuper OR r.rolbypassrls))
                       OR s.partner_id = ANY (healdesk_visible_partners(session_user)))
                  AND (EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = who AND (r.rolsuper OR r.rolbypassrls))
                       OR ((pg_has_role(who, 'healdesk_technician', 'MEMBER') OR pg_has_role(who, 'healdesk_admin', 'MEMBER'))
                           AND EXISTS (SELECT 1 FROM healdesk_user_partners g
                                        WHERE g.login = who AND g.partner_id = s.partner_id))))
$$;

-- Every event tells the consoles its incident changed (a note changes no
-- incident column, so the incidents' own triggers would not): its incident
-- IDs on healdesk_incidents, as 90_notifications.sql sends them.
CREATE OR REPLACE FUNCTION healdesk_notify_incident_events() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
DECLARE
    ids TEXT[];
BEGIN
    SELECT array_agg(DISTINCT r.incident_id::text) INTO ids FROM new_rows r;
    IF ids IS NOT NULL THEN
        PERFORM pg_notify('healdesk_incidents',
                          CASE WHEN cardinality(ids) > 100 THEN '*' ELSE array_to_string(ids, ',') END);
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_notify_incident_events AFTER INSERT ON healdesk_incident_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_notify_incident_events();
