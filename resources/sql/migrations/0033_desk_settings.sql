-- The desk's settings (issue 23), kept by admins: the SLA hours per severity,
-- the fleet's (partner_id NULL) and a partner's own, which the queue and the
-- SLA alerts read through healdesk_sla_hours. Who set a row and when is kept
-- with it (NULL for the defaults the installation came with); each change also
-- has its audit row.
ALTER TABLE healdesk_incident_slas ADD COLUMN set_at TIMESTAMPTZ, ADD COLUMN set_by NAME;
ALTER TABLE healdesk_incident_slas ALTER COLUMN set_at SET DEFAULT now(),
    ALTER COLUMN set_by SET DEFAULT session_user;
GRANT INSERT, UPDATE, DELETE ON healdesk_incident_slas TO healdesk_admin;
GRANT USAGE ON SEQUENCE healdesk_incident_slas_id_seq TO healdesk_admin;

-- A runbook run from an incident: the incident's legacy order_id names the
-- order, and an 'order' event keeps each one in its timeline (the events'
-- trigger, 42_incident_actions.sql, checks the order and sets the column).
ALTER TABLE healdesk_incident_events DROP CONSTRAINT healdesk_incident_events_kind_check,
    ADD CONSTRAINT healdesk_incident_events_kind_check
        CHECK (kind IN ('acknowledge', 'assign', 'note', 'resolve', 'reopen', 'order')),
    ADD COLUMN order_id VARCHAR(64),
    ADD CONSTRAINT healdesk_incident_events_order_check CHECK ((kind = 'order') = (order_id IS NOT NULL));
CREATE INDEX healdesk_incident_events_order_idx ON healdesk_incident_events (order_id) WHERE order_id IS NOT NULL;
GRANT INSERT (order_id) ON healdesk_incident_events TO healdesk_technician;

-- Per partner, set by admins: whether an order run from an incident resolves
-- the incident when it completes (else the console offers to).
CREATE TABLE healdesk_partner_desk (
    partner_id UUID PRIMARY KEY REFERENCES partners (id) ON DELETE CASCADE,
    auto_resolve BOOLEAN NOT NULL DEFAULT false,
    set_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    set_by NAME NOT NULL DEFAULT session_user
);
ALTER TABLE healdesk_partner_desk ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON healdesk_partner_desk TO healdesk_technician;
GRANT INSERT, UPDATE, DELETE ON healdesk_partner_desk TO healdesk_admin;

-- Orders you can follow: every issue to several appliances is one batch, and
-- a retry of its failed or expired orders joins it. A held order carries its
-- batch until the worker writes it to orders.
ALTER TABLE orders ADD COLUMN batch_id UUID;
CREATE INDEX orders_batch_idx ON orders (batch_id, appliance_id, issued_at DESC) WHERE batch_id IS NOT NULL;
ALTER TABLE healdesk_held_orders ADD COLUMN batch_id UUID;
