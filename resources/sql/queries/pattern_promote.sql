INSERT INTO l1_rules (rule_id, pattern_signature, incident_type, enabled) VALUES (:rule, :signature, nullif(:incident_type, ''), true)
