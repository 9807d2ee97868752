-- The desk's settings (issue 23), kept by admins: the SLA hours per severity,
-- the fleet's (partner_id NULL) and a partner's own, which the queue and the
-- SLA alerts read through healdesk_sla_hours. Who set a row and when is kept
-- with it; each change also has its audit row.
ALTER TABLE healdesk_incident_slas ADD COLUMN set_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN set_by NAME NOT NULL DEFAULT session_user;
GRANT INSERT, UPDATE, DELETE ON healdesk_incident_slas TO healdesk_admin;
GRANT USAGE ON SEQUENCE healdesk_incident_slas_id_seq TO healdesk_admin;
