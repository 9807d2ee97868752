-- Incidents whose tier a backfill would set, with the value now and after.
SELECT d.incident_id::text, d.recorded, d.telemetry_tier, d.execution_id
  FROM healdesk_incident_tier_drift d
 ORDER BY d.incident_id
