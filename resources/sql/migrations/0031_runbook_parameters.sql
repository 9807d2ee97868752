-- Runbook parameter schemas: what a runbook's parameters may be (a small
-- JSON Schema subset, checked by the program: README "Runbook parameters").
-- Kept by admins; orders, the order dialog's form and recurring orders check
-- against it. A runbook without a row takes a free JSON object, as before.
CREATE TABLE healdesk_runbook_parameters (
    runbook_id VARCHAR(100) PRIMARY KEY REFERENCES runbooks (runbook_id) ON DELETE CASCADE,
    -- json, not jsonb: the text as the admin wrote it, so the form lists the fields in the order given.
    schema JSON NOT NULL CHECK (json_typeof(schema) = 'object'),
    set_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    set_by NAME NOT NULL DEFAULT session_user
);
GRANT SELECT ON healdesk_runbook_parameters TO healdesk_technician;
GRANT INSERT, UPDATE, DELETE ON healdesk_runbook_parameters TO healdesk_admin;
