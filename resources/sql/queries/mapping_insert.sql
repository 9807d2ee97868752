INSERT INTO runbook_id_mapping (l1_rule_id, runbook_id) VALUES (:source, :runbook)
