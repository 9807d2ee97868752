-- An incident's events, oldest first. Binds: incident.
SELECT e.id, e.kind, e.actor, e.owner, e.body, e.at
  FROM healdesk_incident_events e
 WHERE e.incident_id = :incident::uuid
 ORDER BY e.id
