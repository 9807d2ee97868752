-- The incidents an action names as the login sees them now, each with its
-- latest event, and the login itself. Binds: ids (comma-separated UUIDs).
SELECT i.id::text AS id, lower(i.status) AS status, i.healdesk_owner AS owner, session_user AS me,
       e.id AS event_id, e.kind, e.actor, e.owner AS event_owner, e.body, e.at
  FROM incidents i
  LEFT JOIN LATERAL (SELECT v.id, v.kind, v.actor, v.owner, v.body, v.at
                       FROM healdesk_incident_events v
                      WHERE v.incident_id = i.id
                      ORDER BY v.id DESC
                      LIMIT 1) e ON true
 WHERE i.id = ANY (string_to_array(:ids, ',')::uuid[])
