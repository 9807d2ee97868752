-- The technician's actions on incidents (issue 23): acknowledge, assign, note,
-- resolve, reopen. Each is an event of its own, kept forever; the incident's
-- legacy columns (status, resolved_at) and the recorded tier follow the
-- events through a trigger (42_incident_actions.sql), so agents and legacy
-- readers see what they always saw.
--
-- The canonical tier gains the human resolution: "the tier of the latest of
-- its executions and its human resolution, else its recorded tier". The
-- latest execution now says when it ran, so its function is dropped here and
-- made again by 40_incident_tier.sql (with the view over it).
CREATE TABLE healdesk_incident_events (
    id BIGSERIAL PRIMARY KEY,
    -- Made by the client once per action: a retry of the same action finds its events and applies nothing.
    action_id UUID NOT NULL,
    incident_id UUID NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('acknowledge', 'assign', 'note', 'resolve', 'reopen')),
    actor NAME NOT NULL DEFAULT session_user,
    -- The owner after an acknowledgement (the actor) or an assignment.
    owner NAME CHECK ((kind IN ('acknowledge', 'assign')) = (owner IS NOT NULL)),
    body TEXT CHECK (body IS NULL OR (length(body) BETWEEN 1 AND 10000)),
    -- A resolution's recorded tier before it, which a reopening gives back when no execution decides.
    tier_before TEXT,
    at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (action_id, incident_id)
);
CREATE INDEX healdesk_incident_events_incident_idx ON healdesk_incident_events (incident_id, id);
ALTER TABLE healdesk_incident_events ENABLE ROW LEVEL SECURITY;
-- Clients name only these; the trigger makes the rest (time, actor, a resolution's earlier tier).
GRANT SELECT, INSERT (action_id, incident_id, kind, owner, body) ON healdesk_incident_events TO healdesk_technician;
GRANT USAGE ON SEQUENCE healdesk_incident_events_id_seq TO healdesk_technician;

-- Kept by the events' trigger: who owns the incident now, and when a person
-- resolved it (NULL once reopened). The tier definition reads the latter.
ALTER TABLE incidents ADD COLUMN healdesk_owner NAME,
    ADD COLUMN healdesk_human_resolved_at TIMESTAMPTZ;
CREATE INDEX incidents_healdesk_owner_idx ON incidents (healdesk_owner) WHERE healdesk_owner IS NOT NULL;

DROP FUNCTION IF EXISTS healdesk_latest_execution(TEXT) CASCADE;
DROP FUNCTION IF EXISTS healdesk_incident_tier(UUID, TEXT);
