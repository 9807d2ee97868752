-- Telemetry (alias e) with its canonical runbook: through runbook_id_mapping
-- for L1-* rule IDs, directly for an RB-* ID that exists; NULL means unmapped.
LEFT JOIN runbook_id_mapping m ON m.l1_rule_id = e.runbook_id
LEFT JOIN runbooks direct ON direct.runbook_id = e.runbook_id
