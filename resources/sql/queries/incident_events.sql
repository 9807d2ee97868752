-- An incident's events, oldest first, each order event with its order as it
-- stands now. Binds: incident.
SELECT e.id, e.kind, e.actor, e.owner, e.body, e.at, e.order_id, o.runbook_id AS order_runbook,
       o.status AS order_status, o.completed_at AS order_completed_at
  FROM healdesk_incident_events e
  LEFT JOIN orders o ON o.order_id = e.order_id
 WHERE e.incident_id = :incident::uuid
 ORDER BY e.id
