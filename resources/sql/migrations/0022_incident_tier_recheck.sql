-- Incidents whose kept tier a telemetry insert changed, waiting for the next
-- rollup drain to work it out again. Two transactions inserting executions of
-- one incident at once each look with a snapshot that cannot see the other's
-- row, so the one committing last could leave the earlier execution's tier
-- (docs/performance.md). The drain runs after both committed and sees both;
-- healdesk_incident_tier_recheck (definitions/40_incident_tier.sql) empties
-- this queue. Written only by Healdesk's SECURITY DEFINER functions: no grant.
CREATE TABLE healdesk_tier_recheck (
    incident_id UUID NOT NULL
);
