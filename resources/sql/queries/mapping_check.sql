-- What a new pair (source, target) would meet: the target runbook, the source
-- as a runbook ID itself, an existing mapping of the source, the target as a
-- mapped source, and the executions that would move. Binds: source, target.
SELECT (SELECT count(*) FROM runbooks r WHERE r.runbook_id = p.target) AS target_exists,
       (SELECT count(*) FROM runbooks r WHERE r.runbook_id = p.source) AS source_is_runbook,
       (SELECT m.runbook_id FROM runbook_id_mapping m WHERE m.l1_rule_id = p.source) AS existing_target,
       (SELECT count(*) FROM runbook_id_mapping m WHERE m.l1_rule_id = p.target) AS target_is_source,
       (SELECT count(*) FROM execution_telemetry e WHERE e.runbook_id = p.source) AS executions
  FROM (SELECT :source::text AS source, :target::text AS target) p
