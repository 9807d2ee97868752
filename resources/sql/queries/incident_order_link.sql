-- Links an order just issued to the incident it was run from: an 'order'
-- event, whose trigger checks the order and sets the incident's legacy
-- order_id (42_incident_actions.sql). Binds: action, incident, order.
INSERT INTO healdesk_incident_events (action_id, incident_id, kind, order_id)
VALUES (:action::uuid, :incident::uuid, 'order', :order)
RETURNING id
