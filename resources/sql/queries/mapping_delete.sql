DELETE FROM runbook_id_mapping WHERE l1_rule_id = ? RETURNING runbook_id
