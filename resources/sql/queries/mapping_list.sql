-- The runbook ID mapping with the executions each pair resolves.
SELECT m.l1_rule_id, m.runbook_id, m.created_at,
       (SELECT count(*) FROM execution_telemetry e WHERE e.runbook_id = m.l1_rule_id) AS executions
  FROM runbook_id_mapping m
 ORDER BY m.l1_rule_id
