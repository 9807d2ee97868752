-- Runbook identity: how a runbook ID as telemetry recorded it resolves to the
-- canonical runbooks.runbook_id (DESIGN.md, "Runbook identity").

-- The canonical runbook of a telemetry runbook ID: through runbook_id_mapping,
-- else an RB-* ID that exists; NULL when unmapped.
CREATE OR REPLACE FUNCTION healdesk_canonical_runbook(telemetry_runbook TEXT) RETURNS TEXT
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce((SELECT m.runbook_id FROM runbook_id_mapping m WHERE m.l1_rule_id = telemetry_runbook),
                    (SELECT r.runbook_id FROM runbooks r WHERE r.runbook_id = telemetry_runbook))
$$;

