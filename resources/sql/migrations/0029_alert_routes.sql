-- Alerts routed once: where each kind of event goes (routes, per partner or
-- site, or fleet-wide), and an outbox with exactly one row per event and
-- route (the unique key), which the leading worker delivers with retries.
-- Consoles send nothing. A route's secret (the part of its URL written
-- "{secret}", or PagerDuty's routing key) lives on the sending machine, in a
-- systemd credential or the keychain, never in the database.
CREATE TABLE healdesk_alert_routes (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL CHECK (btrim(name) <> ''),
    partner_id UUID REFERENCES partners (id) ON DELETE CASCADE,
    site_id VARCHAR(255) REFERENCES sites (id) ON DELETE CASCADE,
    url TEXT NOT NULL CHECK (url ~ '^https?://[^[:space:]]+$'),
    format TEXT NOT NULL CHECK (format IN ('generic', 'slack', 'teams', 'pagerduty')),
    events TEXT[] NOT NULL CHECK (cardinality(events) > 0),
    min_severity TEXT NOT NULL DEFAULT 'low' CHECK (min_severity IN ('low', 'medium', 'high', 'critical')),
    digest_hours INTEGER CHECK (digest_hours BETWEEN 1 AND 168),
    -- Incidents reported inside a maintenance window: sent marked as such, or held back until it ends.
    in_window TEXT NOT NULL DEFAULT 'mark' CHECK (in_window IN ('mark', 'hold')),
    has_secret BOOLEAN NOT NULL DEFAULT false,
    created_by NAME NOT NULL DEFAULT current_user,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    removed_at TIMESTAMPTZ,
    removed_by NAME,
    last_digest_at TIMESTAMPTZ,
    CHECK (partner_id IS NULL OR site_id IS NULL),
    CHECK (format <> 'pagerduty' OR has_secret)
);
ALTER TABLE healdesk_alert_routes ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON healdesk_alert_routes TO healdesk_technician;
GRANT USAGE ON SEQUENCE healdesk_alert_routes_id_seq TO healdesk_technician;

CREATE TABLE healdesk_alert_outbox (
    id BIGSERIAL PRIMARY KEY,
    route_id BIGINT NOT NULL REFERENCES healdesk_alert_routes (id) ON DELETE CASCADE,
    event_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL DEFAULT 'low',
    facts JSONB NOT NULL DEFAULT '{}',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    not_before TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- A delivering worker's lease: another leader retries only after it lapses.
    claimed_by UUID,
    claimed_until TIMESTAMPTZ,
    sent_at TIMESTAMPTZ,
    given_up_at TIMESTAMPTZ,
    last_error TEXT,
    UNIQUE (route_id, event_key)
);
CREATE INDEX healdesk_alert_outbox_due_idx ON healdesk_alert_outbox (route_id, next_attempt_at)
    WHERE sent_at IS NULL AND given_up_at IS NULL;
ALTER TABLE healdesk_alert_outbox ENABLE ROW LEVEL SECURITY;
-- Rows come from the event triggers and healdesk_alert_test (definer
-- functions); the worker (an admin login) marks them sent or failed.
GRANT SELECT ON healdesk_alert_outbox TO healdesk_technician;
GRANT UPDATE, DELETE ON healdesk_alert_outbox TO healdesk_admin;

-- Incidents reported while their site was in a maintenance window.
CREATE TABLE healdesk_incident_windows (
    incident_id UUID PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
    window_id BIGINT NOT NULL,
    window_ends_at TIMESTAMPTZ NOT NULL
);
ALTER TABLE healdesk_incident_windows ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON healdesk_incident_windows TO healdesk_technician;

-- How long an open incident may wait for its fix, per severity: the fleet's
-- defaults (partner_id NULL) and a partner's own.
CREATE TABLE healdesk_incident_slas (
    id BIGSERIAL PRIMARY KEY,
    partner_id UUID REFERENCES partners (id) ON DELETE CASCADE,
    severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    hours NUMERIC NOT NULL CHECK (hours > 0 AND hours <= 8760)
);
CREATE UNIQUE INDEX healdesk_incident_slas_key ON healdesk_incident_slas
    (coalesce(partner_id, '00000000-0000-0000-0000-000000000000'::uuid), severity);
INSERT INTO healdesk_incident_slas (partner_id, severity, hours)
VALUES (NULL, 'critical', 1), (NULL, 'high', 4), (NULL, 'medium', 24), (NULL, 'low', 72);
ALTER TABLE healdesk_incident_slas ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON healdesk_incident_slas TO healdesk_technician;
