-- The seed's recommended fix for the runbook ID mismatch: agents log L1 rule IDs
-- (L1-FIREWALL-001) while runbooks use RB-* IDs. A telemetry runbook_id resolves
-- through this table; RB-* values match runbooks directly; anything else is unmapped.
CREATE TABLE runbook_id_mapping (
    l1_rule_id VARCHAR(100) PRIMARY KEY,
    runbook_id VARCHAR(100) NOT NULL,
    created_at TIMESTAMPTZ DEFAULT NOW(),
    FOREIGN KEY (runbook_id) REFERENCES runbooks(runbook_id)
);

CREATE INDEX runbook_id_mapping_runbook_idx ON runbook_id_mapping (runbook_id);
