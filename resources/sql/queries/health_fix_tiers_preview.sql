-- Incidents whose tier a backfill would set, with the value now and after.
SELECT d.incident_id::text AS target, d.recorded AS before_value, d.telemetry_tier AS after_value,
       d.execution_id AS evidence
  FROM healdesk_incident_tier_drift d
 ORDER BY d.incident_id
