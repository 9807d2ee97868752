-- Scoped access, enforced by the database whatever SQL a client sends.
-- healdesk_technician reads within the partners granted to its login, issues
-- and cancels orders there and writes audit rows; healdesk_admin may also edit
-- the mapping, runbook switches, L1 rules and patterns, and run the fixes.
-- Roles are cluster-wide: created once, reused by every database.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'healdesk_technician') THEN
        CREATE ROLE healdesk_technician NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'healdesk_admin') THEN
        CREATE ROLE healdesk_admin NOLOGIN;
    END IF;
END;
$$;
GRANT healdesk_technician TO healdesk_admin;

-- Which partners each login serves (granted with healdesk user grant).
CREATE TABLE healdesk_user_partners (
    login NAME NOT NULL,
    partner_id UUID NOT NULL REFERENCES partners(id),
    granted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    granted_by NAME NOT NULL DEFAULT current_user,
    PRIMARY KEY (login, partner_id)
);

-- The partners and sites a login may see (sites as text: telemetry stores
-- site IDs as text). SECURITY DEFINER so they can read the grants and the
-- sites without recursing into the policies that call them; policies pass
-- current_user (inside a definer function it would name the owner) and the
-- function answers only for the session's own login or a role it belongs to.
-- Called through a scalar subquery, each runs once per statement.
CREATE FUNCTION healdesk_visible_partners(who NAME) RETURNS UUID[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT coalesce(array_agg(g.partner_id), '{}')
      FROM healdesk_user_partners g
     WHERE g.login = who
       AND (who = session_user OR pg_has_role(session_user, who, 'MEMBER'))
$$;

CREATE FUNCTION healdesk_visible_sites(who NAME) RETURNS TEXT[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT coalesce(array_agg(s.id), '{}')
      FROM sites s
     WHERE s.partner_id = ANY (healdesk_visible_partners(who))
$$;

ALTER TABLE partners ENABLE ROW LEVEL SECURITY;
ALTER TABLE sites ENABLE ROW LEVEL SECURITY;
ALTER TABLE appliances ENABLE ROW LEVEL SECURITY;
ALTER TABLE incidents ENABLE ROW LEVEL SECURITY;
ALTER TABLE execution_telemetry ENABLE ROW LEVEL SECURITY;
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE healdesk_user_partners ENABLE ROW LEVEL SECURITY;

CREATE POLICY partner_scope ON partners
    USING (id = ANY ((SELECT healdesk_visible_partners(current_user))::uuid[]));
CREATE POLICY partner_scope ON sites
    USING (id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));
CREATE POLICY partner_scope ON appliances
    USING (site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));
CREATE POLICY partner_scope ON incidents
    USING (appliance_id IN (SELECT a.id FROM appliances a));
CREATE POLICY partner_scope ON execution_telemetry
    USING (site_id = ANY ((SELECT healdesk_visible_sites(current_user))::text[]));
CREATE POLICY partner_scope ON orders
    USING (appliance_id IN (SELECT a.id FROM appliances a))
    WITH CHECK (appliance_id IN (SELECT a.id FROM appliances a));
CREATE POLICY own_grants ON healdesk_user_partners
    USING (login = current_user);

-- Views read with the caller's rights, so the policies apply through them too.
ALTER VIEW healdesk_incident_tier_drift SET (security_invoker = true);
ALTER VIEW healdesk_order_matches SET (security_invoker = true);

GRANT SELECT ON ALL TABLES IN SCHEMA public TO healdesk_technician;
GRANT INSERT, UPDATE ON orders TO healdesk_technician;
GRANT INSERT ON admin_audit_log TO healdesk_technician;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO healdesk_technician;
GRANT INSERT, UPDATE, DELETE ON runbook_id_mapping, appliance_runbook_config, l1_rules, patterns TO healdesk_admin;
GRANT UPDATE ON incidents TO healdesk_admin;

-- Every audit row names the login that wrote it, never a typed name.
ALTER TABLE admin_audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON admin_audit_log FOR SELECT USING (true);
CREATE POLICY own_rows ON admin_audit_log FOR INSERT WITH CHECK (username = current_user);

-- Grants a login the technician (or admin) role and one partner; identifiers
-- are quoted with format(%I). Returns true when the partner grant is new.
CREATE FUNCTION healdesk_grant_login(who NAME, partner UUID, as_admin BOOLEAN) RETURNS BOOLEAN
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
