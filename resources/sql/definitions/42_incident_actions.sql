-- Incident actions (0032): each event keeps its incident's columns as legacy
-- readers and agents expect them, in the same statement, whoever writes it:
--   acknowledge, assign: healdesk_owner becomes the event's owner;
--   resolve: status 'resolved', resolved_at and healdesk_human_resolved_at
--     the event's time, and the recorded tier L3 (the tier a person's
--     resolution has, 40_incident_tier.sql), the one before kept on the event;
--   reopen: status 'open', resolved_at and healdesk_human_resolved_at NULL,
--     and after a person's resolution the recorded tier its latest execution's,
--     else the one that resolution replaced;
--   note: nothing;
--   order: the incident's legacy order_id names the order, which must be one
--     the actor issued for the incident's appliance.
-- SECURITY DEFINER: technicians may add events but not update incidents.
CREATE OR REPLACE FUNCTION healdesk_incident_event_apply() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    inc RECORD;
    earlier_before TEXT;
    linked UUID;
BEGIN
    -- Whatever a client sent, the event is made here: now, by this login, an
    -- acknowledgement owned by its actor, an assignee who may reach the
    -- incident, and a resolution's earlier tier worked out below.
    NEW.at := now();
    NEW.tier_before := NULL;
    IF NEW.kind = 'acknowledge' THEN
        NEW.owner := session_user;
    ELSIF NEW.kind = 'assign' AND NOT healdesk_login_reaches(NEW.owner, NEW.incident_id) THEN
        RAISE EXCEPTION 'healdesk: % may not be given incident %', NEW.owner, NEW.incident_id
            USING ERRCODE = 'check_violation';
    END IF;
    -- As an incident's creator does (40_incident_tier.sql): telemetry naming
    -- it waits, so a resolution and an execution arriving at once cannot
    -- each miss the other.
    PERFORM healdesk_reference_lock(ARRAY[NEW.incident_id::text], true);
    SELECT i.resolution_tier, i.healdesk_human_resolved_at INTO inc
      FROM incidents i WHERE i.id = NEW.incident_id FOR UPDATE;
    SELECT e.tier_before INTO earlier_before
      FROM healdesk_incident_events e
     WHERE e.incident_id = NEW.incident_id AND e.kind = 'resolve'
     ORDER BY e.id DESC
     LIMIT 1;
    IF NEW.kind IN ('acknowledge', 'assign') THEN
        UPDATE incidents SET healdesk_owner = NEW.owner WHERE id = NEW.incident_id;
    ELSIF NEW.kind = 'resolve' THEN
        -- Resolved again while a person's resolution still stands (an agent
        -- reopened the status): the tier before the first is what it replaced.
        NEW.tier_before := CASE WHEN inc.healdesk_human_resolved_at IS NOT NULL THEN earlier_before
                                ELSE inc.resolution_tier END;
        UPDATE incidents
           SET status = 'resolved', resolved_at = NEW.at, healdesk_human_resolved_at = NEW.at, resolution_tier = 'L3'
         WHERE id = NEW.incident_id;
    ELSIF NEW.kind = 'order' THEN
        -- An order this login issued for this incident, not yet started and not linked to another incident: the
        -- order row, and the audit row its issue wrote (a technician may update orders, not rewrite the log).
        SELECT o.id INTO linked
          FROM orders o JOIN incidents i ON i.id = NEW.incident_id
         WHERE o.order_id = NEW.order_id AND o.appliance_id = i.appliance_id AND o.issued_by = session_user
           AND o.status IN ('pending', 'acknowledged')
           AND EXISTS (SELECT 1 FROM admin_audit_log l
                        WHERE l.action = 'order.issue' AND l.target = NEW.order_id AND l.username = session_user
                          AND l.details->>'incident_id' = NEW.incident_id::text)
           AND NOT EXISTS (SELECT 1 FROM healdesk_incident_events e
                            WHERE e.kind = 'order' AND e.order_id = NEW.order_id);
        IF linked IS NULL THEN
            RAISE EXCEPTION 'healdesk: order % is not a new order % issued for incident %',
                NEW.order_id, session_user, NEW.incident_id USING ERRCODE = 'check_violation';
        END IF;
        UPDATE incidents SET order_id = linked WHERE id = NEW.incident_id;
    ELSIF NEW.kind = 'reopen' THEN
        -- After a person's resolution, the recorded tier goes back to what it
        -- replaced, unless an execution ran after it (telemetry recorded that).
        UPDATE incidents i
           SET status = 'open', resolved_at = NULL, healdesk_human_resolved_at = NULL,
               resolution_tier = CASE
                   WHEN inc.healdesk_human_resolved_at IS NULL THEN i.resolution_tier
                   WHEN coalesce((SELECT l.at > inc.healdesk_human_resolved_at
                                    FROM healdesk_latest_execution(i.id::text) l), false) THEN i.resolution_tier
                   ELSE earlier_before
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
REVOKE EXECUTE ON FUNCTION healdesk_login_reaches(NAME, UUID) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION healdesk_login_reaches(NAME, UUID) TO healdesk_technician;

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

-- An order run from an incident that completes resolves the incident when its
-- partner asks for that (healdesk_partner_desk.auto_resolve); otherwise the
-- console offers to. The resolution is an event like a person's (so the
-- incident counts as L3: a person chose the runbook), by the login that
-- reported the completion, and says which order.
CREATE OR REPLACE FUNCTION healdesk_incident_order_done() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM healdesk_partner_desk WHERE auto_resolve) THEN
        RETURN NULL;
    END IF;
    INSERT INTO healdesk_incident_events (action_id, incident_id, kind, body)
    SELECT DISTINCT ON (e.incident_id) gen_random_uuid(), e.incident_id, 'resolve',
           format('Resolved automatically: order %s (%s) completed.', n.order_id, n.runbook_id)
      FROM new_rows n
      JOIN old_rows o ON o.id = n.id
      JOIN healdesk_incident_events e ON e.kind = 'order' AND e.order_id = n.order_id
      JOIN incidents i ON i.id = e.incident_id
      JOIN appliances a ON a.id = i.appliance_id
      JOIN sites s ON s.id = a.site_id
      JOIN healdesk_partner_desk d ON d.partner_id = s.partner_id AND d.auto_resolve
     WHERE n.status = 'completed' AND o.status IS DISTINCT FROM 'completed'
       AND lower(i.status) NOT IN ('resolved', 'closed');
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_incident_order_done AFTER UPDATE ON orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_incident_order_done();

-- Who set a desk setting and when (the SLA hours, a partner's auto-resolve)
-- is the database's to say, not the writer's: every insert and update is
-- stamped with now() and the login.
CREATE OR REPLACE FUNCTION healdesk_stamp_setting() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.set_at := now();
    NEW.set_by := session_user;
    RETURN NEW;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_stamp_sla BEFORE INSERT OR UPDATE ON healdesk_incident_slas
    FOR EACH ROW EXECUTE FUNCTION healdesk_stamp_setting();
CREATE OR REPLACE TRIGGER healdesk_stamp_partner_desk BEFORE INSERT OR UPDATE ON healdesk_partner_desk
    FOR EACH ROW EXECUTE FUNCTION healdesk_stamp_setting();
