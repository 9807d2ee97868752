-- Sets each drifting incident's resolution_tier to its telemetry tier.
UPDATE incidents i
   SET resolution_tier = d.telemetry_tier
  FROM healdesk_incident_tier_drift d
 WHERE i.id = d.incident_id
RETURNING i.id::text, d.recorded, d.telemetry_tier, d.execution_id
