-- Sets each drifting incident's resolution_tier to its telemetry tier.
UPDATE incidents i
   SET resolution_tier = d.telemetry_tier
  FROM healdesk_incident_tier_drift d
 WHERE i.id = d.incident_id
RETURNING i.id::text AS target, d.recorded AS before_value, d.telemetry_tier AS after_value,
          d.execution_id AS evidence
