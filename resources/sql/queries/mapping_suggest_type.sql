-- A runbook for an unmapped telemetry ID from its incident type, when no case
-- or spacing variant names one. The type is the L1 rule's own (l1_rules),
-- else the commonest among up to 1,000 of the ID's executions. The runbook is
-- the one another L1 rule of that type resolves to, else the one that
-- executions of that type ran most often under the runbook's own ID (orders
-- run runbooks by their canonical ID). Cheap at fleet scale: l1_rules and
-- runbooks are small, and each count reads the runbook_id index. Binds: source.
WITH kind AS (
    SELECT coalesce((SELECT l.incident_type FROM l1_rules l WHERE l.rule_id = :source),
                    (SELECT mode() WITHIN GROUP (ORDER BY s.incident_type)
                       FROM (SELECT e.incident_type
                               FROM execution_telemetry e
                              WHERE e.runbook_id = :source AND e.incident_type IS NOT NULL
                              LIMIT 1000) s)) AS incident_type,
           EXISTS (SELECT 1 FROM l1_rules l WHERE l.rule_id = :source) AS is_rule
), sibling AS (
    SELECT l.rule_id, healdesk_canonical_runbook(l.rule_id) AS runbook_id
      FROM l1_rules l, kind k
     WHERE l.incident_type = k.incident_type AND l.rule_id <> :source
       AND healdesk_canonical_runbook(l.rule_id) IS NOT NULL
     ORDER BY l.enabled DESC, l.rule_id
     LIMIT 1
), direct AS (
    SELECT r.runbook_id,
           (SELECT count(*) FROM execution_telemetry e
             WHERE e.runbook_id = r.runbook_id AND e.incident_type = k.incident_type) AS executions
      FROM runbooks r, kind k
     WHERE k.incident_type IS NOT NULL
)
SELECT k.incident_type, k.is_rule, s.rule_id AS sibling, s.runbook_id AS sibling_runbook,
       d.runbook_id AS direct_runbook, coalesce(d.executions, 0) AS direct_executions
  FROM kind k
  LEFT JOIN sibling s ON true
  LEFT JOIN LATERAL (SELECT * FROM direct WHERE executions > 0 ORDER BY executions DESC, runbook_id LIMIT 1) d ON true
