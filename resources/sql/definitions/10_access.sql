-- Access: which partners and sites a login may see, the row policies built on
-- that, and the grant of a login to a partner. The roles themselves, the
-- table grants and ENABLE ROW LEVEL SECURITY belong to the tables'
-- migrations; every policy lives here.

-- The partners and sites a login may see (sites as text: telemetry stores
-- site IDs as text). SECURITY DEFINER so they can read the grants and the
-- sites without recursing into the policies that call them; policies pass
-- current_user (inside a definer function it would name the owner) and the
-- function answers only for the session's own login or a role it belongs to.
-- Called through a scalar subquery, each runs once per statement.
CREATE OR REPLACE FUNCTION healdesk_visible_partners(who NAME) RETURNS UUID[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT coalesce(array_agg(g.partner_id), '{}')
      FROM healdesk_user_partners g
     WHERE g.login = who
       AND (who = session_user OR pg_has_role(session_user, who, 'MEMBER'))
$$;

CREATE OR REPLACE FUNCTION healdesk_visible_sites(who NAME) RETURNS TEXT[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT coalesce(array_agg(s.id), '{}')
      FROM sites s
     WHERE s.partner_id = ANY (healdesk_visible_partners(who))
$$;

-- Grants a login the technician (or admin) role and one partner; identifiers
-- are quoted with format(%I). Returns true when the partner grant is new.
CREATE OR REPLACE FUNCTION healdesk_grant_login(who NAME, partner UUID, as_admin BOOLEAN) RETURNS BOOLEAN
    LANGUAGE plpgsql
AS $$
DECLARE
    added INTEGER;
BEGIN
    EXECUTE format('GRANT %I TO %I', CASE WHEN as_admin THEN 'healdesk_admin' ELSE 'healdesk_technician' END, who);
    INSERT INTO healdesk_user_partners (login, partner_id) VALUES (who, partner) ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS added = ROW_COUNT;
    RETURN added > 0;
END;
$$;

DROP POLICY IF EXISTS partner_scope ON partners;
CREATE POLICY partner_scope ON partners
    USING (id = ANY ((SELECT healdesk_visible_partners(current_user))::uuid[]));

DROP POLICY IF EXISTS partner_scope ON sites;
CREATE POLICY partner_scope ON sites
    USING (id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));

DROP POLICY IF EXISTS partner_scope ON appliances;
CREATE POLICY partner_scope ON appliances
    USING (site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));

DROP POLICY IF EXISTS partner_scope ON incidents;
CREATE POLICY partner_scope ON incidents
    USING (appliance_id IN (SELECT a.id FROM appliances a));

DROP POLICY IF EXISTS partner_scope ON execution_telemetry;
CREATE POLICY partner_scope ON execution_telemetry
    USING (site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));

DROP POLICY IF EXISTS partner_scope ON orders;
CREATE POLICY partner_scope ON orders
    USING (appliance_id IN (SELECT a.id FROM appliances a))
    WITH CHECK (appliance_id IN (SELECT a.id FROM appliances a));

DROP POLICY IF EXISTS partner_scope ON healdesk_maintenance_windows;
CREATE POLICY partner_scope ON healdesk_maintenance_windows
    USING (site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]))
    WITH CHECK (site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));

DROP POLICY IF EXISTS partner_scope ON healdesk_held_orders;
CREATE POLICY partner_scope ON healdesk_held_orders
    USING (appliance_id IN (SELECT a.id FROM appliances a))
    WITH CHECK (appliance_id IN (SELECT a.id FROM appliances a));

DROP POLICY IF EXISTS partner_scope ON healdesk_report_schedules;
CREATE POLICY partner_scope ON healdesk_report_schedules
    USING (partner_id = ANY ((SELECT healdesk_visible_partners(current_user))::uuid[])
           OR site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]))
    WITH CHECK (partner_id = ANY ((SELECT healdesk_visible_partners(current_user))::uuid[])
                OR site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));

DROP POLICY IF EXISTS partner_scope ON healdesk_report_archive;
CREATE POLICY partner_scope ON healdesk_report_archive
    USING (partner_id = ANY ((SELECT healdesk_visible_partners(current_user))::uuid[])
           OR site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));

DROP POLICY IF EXISTS partner_scope ON healdesk_order_schedules;
CREATE POLICY partner_scope ON healdesk_order_schedules
    USING (site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]))
    WITH CHECK (site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));

DROP POLICY IF EXISTS partner_scope ON healdesk_order_batches;
CREATE POLICY partner_scope ON healdesk_order_batches
    USING (schedule_id IN (SELECT o.id FROM healdesk_order_schedules o));

-- Alert routes: a partner's or site's for those who see it; fleet-wide ones
-- are seen by all and made by admins only. Their outbox rows and the
-- incidents' window marks follow what the login sees.
CREATE OR REPLACE FUNCTION healdesk_alert_route_in_scope(partner UUID, site TEXT) RETURNS BOOLEAN
    LANGUAGE sql STABLE
AS $$
    SELECT (partner IS NULL AND site IS NULL)
        OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND (r.rolsuper OR r.rolbypassrls))
        OR coalesce(partner = ANY ((SELECT healdesk_visible_partners(session_user))::uuid[]), false)
        OR coalesce(site = ANY ((SELECT healdesk_visible_sites(session_user))::text[]), false)
$$;

DROP POLICY IF EXISTS partner_scope ON healdesk_alert_routes;
CREATE POLICY partner_scope ON healdesk_alert_routes
    USING (healdesk_alert_route_in_scope(partner_id, site_id))
    WITH CHECK (CASE WHEN partner_id IS NULL AND site_id IS NULL THEN pg_has_role(session_user, 'healdesk_admin', 'MEMBER')
                     ELSE healdesk_alert_route_in_scope(partner_id, site_id) END);

DROP POLICY IF EXISTS partner_scope ON healdesk_alert_outbox;
CREATE POLICY partner_scope ON healdesk_alert_outbox
    USING (route_id IN (SELECT r.id FROM healdesk_alert_routes r));

DROP POLICY IF EXISTS partner_scope ON healdesk_incident_windows;
CREATE POLICY partner_scope ON healdesk_incident_windows
    USING (incident_id IN (SELECT n.id FROM incidents n));

-- Incident events: seen with their incident; written only on an incident the
-- login sees, and only in its own name.
DROP POLICY IF EXISTS partner_scope ON healdesk_incident_events;
CREATE POLICY partner_scope ON healdesk_incident_events
    USING (incident_id IN (SELECT n.id FROM incidents n))
    WITH CHECK (incident_id IN (SELECT n.id FROM incidents n) AND actor = session_user);

DROP POLICY IF EXISTS read_all ON healdesk_incident_slas;
CREATE POLICY read_all ON healdesk_incident_slas FOR SELECT USING (true);
-- Written by admins only (the grants), each for the fleet or a partner it sees.
DROP POLICY IF EXISTS admin_scope ON healdesk_incident_slas;
CREATE POLICY admin_scope ON healdesk_incident_slas TO healdesk_admin
    USING (healdesk_alert_route_in_scope(partner_id, NULL))
    WITH CHECK (healdesk_alert_route_in_scope(partner_id, NULL));

DROP POLICY IF EXISTS partner_scope ON healdesk_partner_desk;
CREATE POLICY partner_scope ON healdesk_partner_desk
    USING (partner_id = ANY ((SELECT healdesk_visible_partners(current_user))::uuid[]));

DROP POLICY IF EXISTS partner_scope ON healdesk_partner_logo;
CREATE POLICY partner_scope ON healdesk_partner_logo
    USING (partner_id = ANY ((SELECT healdesk_visible_partners(current_user))::uuid[]));

DROP POLICY IF EXISTS partner_scope ON healdesk_signing_policy;
CREATE POLICY partner_scope ON healdesk_signing_policy
    USING (partner_id = ANY ((SELECT healdesk_visible_partners(current_user))::uuid[]));

DROP POLICY IF EXISTS own_grants ON healdesk_user_partners;
CREATE POLICY own_grants ON healdesk_user_partners
    USING (login = current_user);

DROP POLICY IF EXISTS read_all ON admin_audit_log;
CREATE POLICY read_all ON admin_audit_log FOR SELECT USING (true);

DROP POLICY IF EXISTS own_rows ON admin_audit_log;
CREATE POLICY own_rows ON admin_audit_log FOR INSERT WITH CHECK (username = current_user);

DROP POLICY IF EXISTS partner_scope ON healdesk_telemetry_rollup;
CREATE POLICY partner_scope ON healdesk_telemetry_rollup
    USING (NOT fleet AND site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));

DROP POLICY IF EXISTS partner_scope ON healdesk_telemetry_hist;
CREATE POLICY partner_scope ON healdesk_telemetry_hist
    USING (NOT fleet AND site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));

DROP POLICY IF EXISTS partner_scope ON healdesk_telemetry_delta;
CREATE POLICY partner_scope ON healdesk_telemetry_delta
    USING (site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));

DROP POLICY IF EXISTS partner_scope ON healdesk_incident_counts;
CREATE POLICY partner_scope ON healdesk_incident_counts
    USING (NOT fleet AND site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));

DROP POLICY IF EXISTS partner_scope ON healdesk_orphan_refs;
CREATE POLICY partner_scope ON healdesk_orphan_refs USING (false);

DROP POLICY IF EXISTS partner_scope ON healdesk_order_match;
CREATE POLICY partner_scope ON healdesk_order_match USING (false);

