-- Alerts routed once. Each event (a new critical incident, a new L3
-- escalation, an order failed, rejected or expired, a report archived, a
-- test) becomes exactly one outbox row per route that wants it: its kind is
-- among the route's events, its severity at least the route's minimum, its
-- site or partner within the route's scope. The unique (route, event key)
-- makes a second writer's row a no-op, so two consoles or two workers never
-- double an alert. Only the leading worker delivers them. The trigger
-- functions are definer functions: agents write incidents and telemetry
-- under logins that cannot read the routes, and must not be able to write
-- the outbox themselves (a row written ahead of its event would silence it).

CREATE OR REPLACE FUNCTION healdesk_severity_rank(severity TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE lower(btrim(severity)) WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END
$$;

-- Events as rows (kind, key, severity, site, partner, when, facts) in; outbox
-- rows out. An incident reported inside its site's maintenance window is
-- marked so, and held back until the window ends for routes that ask.
CREATE OR REPLACE FUNCTION healdesk_alert_fan_out(events JSONB) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    added INTEGER;
BEGIN
    IF events IS NULL OR jsonb_array_length(events) = 0 THEN
        RETURN 0;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM healdesk_alert_routes WHERE removed_at IS NULL) THEN
        RETURN 0;
    END IF;
    WITH e AS (
        SELECT x.kind, x.key, x.severity, x.site, coalesce(x.partner, s.partner_id) AS partner, x.at, x.facts
          FROM jsonb_to_recordset(events) AS x(kind TEXT, key TEXT, severity TEXT, site TEXT, partner UUID,
                                               at TIMESTAMPTZ, facts JSONB)
          LEFT JOIN sites s ON s.id = x.site
    )
    INSERT INTO healdesk_alert_outbox (route_id, event_key, kind, severity, facts, not_before)
    SELECT r.id, e.key, e.kind, e.severity,
           coalesce(e.facts, '{}') || jsonb_build_object('in_maintenance_window', w.ends_at IS NOT NULL,
                                                         'window_ends_at', w.ends_at),
           CASE WHEN r.in_window = 'hold' AND w.ends_at IS NOT NULL THEN w.ends_at ELSE now() END
      FROM e
      JOIN healdesk_alert_routes r
        ON r.removed_at IS NULL
       AND e.kind = ANY (r.events)
       AND (r.site_id IS NULL OR r.site_id = e.site)
       AND (r.partner_id IS NULL OR r.partner_id = e.partner)
       AND healdesk_severity_rank(e.severity) >= healdesk_severity_rank(r.min_severity)
      LEFT JOIN LATERAL (SELECT ww.ends_at FROM healdesk_window_at(e.site, e.at) ww
                          WHERE e.kind LIKE 'incident.%' AND e.site IS NOT NULL) w ON true
    ON CONFLICT (route_id, event_key) DO NOTHING;
    GET DIAGNOSTICS added = ROW_COUNT;
    RETURN added;
END;
$$;
REVOKE EXECUTE ON FUNCTION healdesk_alert_fan_out(JSONB) FROM PUBLIC;

-- New critical incidents, new escalations (status escalated, or healed on L3).
CREATE OR REPLACE FUNCTION healdesk_alert_incident_events(rows_changed JSONB) RETURNS JSONB
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'kind', ev.kind, 'key', ev.kind || ':' || n.id, 'severity', n.severity, 'site', a.site_id,
               'at', n.reported_at,
               'facts', jsonb_build_object('incident_id', n.id, 'incident_type', n.incident_type,
                                           'hostname', a.hostname, 'site_id', a.site_id,
                                           'site_name', s.name, 'status', n.status))), '[]'::jsonb)
      FROM jsonb_to_recordset(rows_changed) AS n(id UUID, appliance_id UUID, incident_type TEXT, severity TEXT,
                                                 status TEXT, resolution_tier TEXT, reported_at TIMESTAMPTZ,
                                                 healdesk_human_resolved_at TIMESTAMPTZ, was_escalated BOOLEAN)
      JOIN appliances a ON a.id = n.appliance_id
      LEFT JOIN sites s ON s.id = a.site_id
     CROSS JOIN LATERAL (
          SELECT 'incident.critical' AS kind
           WHERE lower(btrim(n.severity)) = 'critical' AND n.was_escalated IS NULL
          UNION ALL
          SELECT 'incident.escalated'
           WHERE (lower(btrim(n.status)) = 'escalated' OR upper(btrim(n.resolution_tier)) = 'L3')
             -- A person's resolution records L3 too (42_incident_actions.sql): that is no escalation.
             AND n.healdesk_human_resolved_at IS NULL
             AND NOT coalesce(n.was_escalated, false)) ev
$$;

-- New critical incidents, and incidents newly escalated (status escalated,
-- or healed on L3); was_escalated is NULL for a new incident.
CREATE OR REPLACE FUNCTION healdesk_alert_incidents() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM healdesk_alert_routes WHERE removed_at IS NULL) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM healdesk_alert_fan_out(healdesk_alert_incident_events(
            (SELECT jsonb_agg(to_jsonb(n) || jsonb_build_object('was_escalated', NULL)) FROM new_rows n)));
    ELSE
        PERFORM healdesk_alert_fan_out(healdesk_alert_incident_events(
            (SELECT jsonb_agg(to_jsonb(n) || jsonb_build_object(
                        'was_escalated', lower(btrim(o.status)) = 'escalated' OR upper(btrim(o.resolution_tier)) = 'L3'))
               FROM new_rows n JOIN old_rows o ON o.id = n.id)));
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_alert_incidents_insert AFTER INSERT ON incidents
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_alert_incidents();
CREATE OR REPLACE TRIGGER healdesk_alert_incidents_update AFTER UPDATE ON incidents
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_alert_incidents();

-- Orders that failed, were rejected by their appliance, or expired (rows
-- as JSON, with the status each had before: NULL for a new one).
CREATE OR REPLACE FUNCTION healdesk_alert_order_events(rows_changed JSONB) RETURNS JSONB
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'kind', 'order.' || n.status, 'key', 'order.' || n.status || ':' || n.order_id,
               'severity', CASE n.status WHEN 'rejected' THEN 'critical' WHEN 'failed' THEN 'high' ELSE 'medium' END,
               'site', a.site_id, 'at', coalesce(n.completed_at, now()),
               'facts', jsonb_build_object('order_id', n.order_id, 'runbook_id', n.runbook_id,
                                           'hostname', a.hostname, 'site_id', a.site_id, 'status', n.status,
                                           'issued_by', n.issued_by,
                                           'error', coalesce(n.result->>'error_message', n.result->>'reason')))),
           '[]'::jsonb)
      FROM jsonb_to_recordset(rows_changed) AS n(order_id TEXT, appliance_id UUID, runbook_id TEXT, status TEXT,
                                                 issued_by TEXT, completed_at TIMESTAMPTZ, result JSONB,
                                                 was TEXT)
      LEFT JOIN appliances a ON a.id = n.appliance_id
     WHERE n.status IN ('failed', 'rejected', 'expired')
       AND n.was IS DISTINCT FROM n.status
$$;

CREATE OR REPLACE FUNCTION healdesk_alert_orders() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM healdesk_alert_routes WHERE removed_at IS NULL) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM healdesk_alert_fan_out(healdesk_alert_order_events(
            (SELECT jsonb_agg(to_jsonb(n) || jsonb_build_object('was', NULL)) FROM new_rows n)));
    ELSE
        PERFORM healdesk_alert_fan_out(healdesk_alert_order_events(
            (SELECT jsonb_agg(to_jsonb(n) || jsonb_build_object('was', o.status))
               FROM new_rows n JOIN old_rows o ON o.order_id = n.order_id)));
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_alert_orders_insert AFTER INSERT ON orders
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_alert_orders();
CREATE OR REPLACE TRIGGER healdesk_alert_orders_update AFTER UPDATE ON orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION healdesk_alert_orders();

-- A report archived.
CREATE OR REPLACE FUNCTION healdesk_alert_archive() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM healdesk_alert_routes WHERE removed_at IS NULL) THEN
        RETURN NULL;
    END IF;
    PERFORM healdesk_alert_fan_out(coalesce((
        SELECT jsonb_agg(jsonb_build_object(
                   'kind', 'report.archived', 'key', 'report.archived:' || n.id, 'severity', 'low',
                   'site', n.site_id, 'partner', n.partner_id, 'at', n.generated_at,
                   'facts', jsonb_build_object('archive_id', n.id, 'report_id', n.report_id,
                                               'scope_name', coalesce(s.name, p.name),
                                               'period_from', n.period_from, 'period_to', n.period_to,
                                               'digest', n.digest)))
          FROM new_rows n
          LEFT JOIN sites s ON s.id = n.site_id
          LEFT JOIN partners p ON p.id = n.partner_id), '[]'::jsonb));
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_alert_archive AFTER INSERT ON healdesk_report_archive
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_alert_archive();

-- Incidents reported inside their site's maintenance window are marked so
-- (the Incidents page shows it; alerts say it or wait, as their route says).
-- Only sites that have windows are looked at.
CREATE OR REPLACE FUNCTION healdesk_mark_incident_windows() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM healdesk_maintenance_windows) THEN
        RETURN NULL;
    END IF;
    INSERT INTO healdesk_incident_windows (incident_id, window_id, window_ends_at)
    SELECT n.id, w.window_id, w.ends_at
      FROM new_rows n
      JOIN appliances a ON a.id = n.appliance_id
     CROSS JOIN LATERAL healdesk_window_at(a.site_id, n.reported_at) w
     WHERE a.site_id IN (SELECT mw.site_id FROM healdesk_maintenance_windows mw)
    ON CONFLICT (incident_id) DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_mark_incident_windows AFTER INSERT ON incidents
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION healdesk_mark_incident_windows();

-- The hours an open incident of this severity may wait at this partner's
-- sites: the partner's own, else the fleet's; an unknown severity counts as low.
CREATE OR REPLACE FUNCTION healdesk_sla_hours(partner UUID, severity TEXT) RETURNS NUMERIC
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT coalesce(
        (SELECT l.hours FROM healdesk_incident_slas l
          WHERE l.partner_id = partner AND l.severity = lower(btrim(healdesk_sla_hours.severity))),
        (SELECT l.hours FROM healdesk_incident_slas l
          WHERE l.partner_id IS NULL AND l.severity = lower(btrim(healdesk_sla_hours.severity))),
        (SELECT l.hours FROM healdesk_incident_slas l WHERE l.partner_id IS NULL AND l.severity = 'low'),
        72)
$$;

-- Open incidents whose SLA ran out in the 24 hours before at_ts become
-- incident.sla_breach events (once each: the outbox key). A worker away for
-- longer does not flood the routes with old breaches. The leading worker
-- calls it about once a minute; returns the outbox rows added.
CREATE OR REPLACE FUNCTION healdesk_alert_sla_breaches(at_ts TIMESTAMPTZ) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    longest NUMERIC;
    shortest NUMERIC;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM healdesk_alert_routes
                    WHERE removed_at IS NULL AND 'incident.sla_breach' = ANY (events)) THEN
        RETURN 0;
    END IF;
    SELECT max(hours), min(hours) INTO longest, shortest FROM healdesk_incident_slas;
    RETURN healdesk_alert_fan_out(coalesce((
        SELECT jsonb_agg(jsonb_build_object(
                   'kind', 'incident.sla_breach', 'key', 'incident.sla_breach:' || n.id, 'severity', n.severity,
                   'site', a.site_id, 'at', n.reported_at,
                   'facts', jsonb_build_object('incident_id', n.id, 'incident_type', n.incident_type,
                                               'hostname', a.hostname, 'site_id', a.site_id, 'site_name', s.name,
                                               'status', n.status, 'sla_hours', d.hours,
                                               'due_at', n.reported_at + d.hours * interval '1 hour')))
          FROM incidents n
          JOIN appliances a ON a.id = n.appliance_id
          LEFT JOIN sites s ON s.id = a.site_id
         CROSS JOIN LATERAL (SELECT healdesk_sla_hours(s.partner_id, n.severity) AS hours) d
         WHERE n.reported_at > at_ts - (coalesce(longest, 72) + 24) * interval '1 hour'
           AND n.reported_at <= at_ts - coalesce(shortest, 1) * interval '1 hour'
           AND lower(n.status) NOT IN ('resolved', 'closed')
           AND n.reported_at + d.hours * interval '1 hour' <= at_ts
           AND n.reported_at + d.hours * interval '1 hour' > at_ts - interval '24 hours'), '[]'::jsonb));
END;
$$;
REVOKE EXECUTE ON FUNCTION healdesk_alert_sla_breaches(TIMESTAMPTZ) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION healdesk_alert_sla_breaches(TIMESTAMPTZ) TO healdesk_admin;

-- A test alert on a route the caller may see: one outbox row the worker
-- delivers like any other (never digested). Returns its event key.
CREATE OR REPLACE FUNCTION healdesk_alert_test(route BIGINT) RETURNS TEXT
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    r healdesk_alert_routes;
    key TEXT := 'test:' || gen_random_uuid();
BEGIN
    SELECT * INTO r FROM healdesk_alert_routes WHERE id = route AND removed_at IS NULL;
    IF NOT FOUND OR NOT healdesk_alert_route_in_scope(r.partner_id, r.site_id) THEN
        RAISE EXCEPTION 'there is no alert route %', route USING ERRCODE = 'HDK01';
    END IF;
    INSERT INTO healdesk_alert_outbox (route_id, event_key, kind, severity, facts)
    VALUES (r.id, key, 'test', 'low', jsonb_build_object('route_id', r.id, 'route_name', r.name,
                                                          'requested_by', session_user));
    RETURN key;
END;
$$;
REVOKE EXECUTE ON FUNCTION healdesk_alert_test(BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION healdesk_alert_test(BIGINT) TO healdesk_technician;
