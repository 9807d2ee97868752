-- One event per incident under one action ID; the events' trigger keeps the
-- incidents (42_incident_actions.sql). Binds: action, ids, kind, owner, body.
INSERT INTO healdesk_incident_events (action_id, incident_id, kind, owner, body)
SELECT :action::uuid, x, :kind, nullif(:owner, '')::name, nullif(:body, '')
  FROM unnest(string_to_array(:ids, ',')::uuid[]) x
