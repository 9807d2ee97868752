-- The runbook to run for an incident (issue 23): the runbook of its latest
-- execution, through the mapping; else the one its type's L1 rule resolves
-- to; else the one that most often healed its type in the fleet over the
-- last 90 days (counted over at most the 5,000 newest successful executions
-- of the type, so a common type costs no full scan). Binds: incident.
WITH inc AS (
    SELECT i.id, i.incident_type, i.appliance_id, a.hostname, a.site_id
      FROM incidents i
      JOIN appliances a ON a.id = i.appliance_id
     WHERE i.id = :incident::uuid
), latest AS (
    SELECT e.runbook_id AS recorded, healdesk_canonical_runbook(e.runbook_id) AS runbook_id, e.success
      FROM inc
     CROSS JOIN LATERAL healdesk_latest_execution(inc.id::text) l
      JOIN execution_telemetry e ON e.id = l.id AND e.incident_id = inc.id::text
), rule AS (
    SELECT r.rule_id, healdesk_canonical_runbook(r.rule_id) AS runbook_id
      FROM inc
      JOIN l1_rules r ON r.incident_type = inc.incident_type
     WHERE healdesk_canonical_runbook(r.rule_id) IS NOT NULL
     ORDER BY r.enabled DESC, r.rule_id
     LIMIT 1
), healed AS (
    SELECT healdesk_canonical_runbook(s.runbook_id) AS runbook_id, count(*) AS times
      FROM (SELECT e.runbook_id
              FROM execution_telemetry e, inc
             WHERE e.incident_type = inc.incident_type AND e.success
               AND e.started_at > now() - interval '90 days'
             ORDER BY e.started_at DESC
             LIMIT 5000) s
     WHERE healdesk_canonical_runbook(s.runbook_id) IS NOT NULL
     GROUP BY 1
     ORDER BY 2 DESC, 1
     LIMIT 1
)
SELECT inc.id::text AS incident_id, inc.incident_type, inc.appliance_id::text AS appliance_id, inc.hostname,
       inc.site_id, l.recorded AS latest_recorded, l.runbook_id AS latest_runbook, l.success AS latest_success,
       r.rule_id, r.runbook_id AS rule_runbook, h.runbook_id AS healed_runbook, coalesce(h.times, 0) AS healed_times
  FROM inc
  LEFT JOIN latest l ON true
  LEFT JOIN rule r ON true
  LEFT JOIN healed h ON true
