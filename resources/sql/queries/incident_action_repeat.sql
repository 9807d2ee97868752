-- Whether an action ID was applied before (a retry). Binds: action.
SELECT count(*) AS done FROM healdesk_incident_events WHERE action_id = :action::uuid
