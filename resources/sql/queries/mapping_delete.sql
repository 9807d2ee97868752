DELETE FROM runbook_id_mapping WHERE l1_rule_id = :source RETURNING runbook_id
