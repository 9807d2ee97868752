-- Telemetry rows naming an appliance, incident or site that does not exist.
SELECT e.execution_id,
       CASE WHEN a.id IS NULL THEN e.appliance_id ELSE '' END AS unknown_appliance,
       CASE WHEN e.incident_id IS NOT NULL AND i.id IS NULL THEN e.incident_id ELSE '' END AS unknown_incident,
       CASE WHEN s.id IS NULL THEN e.site_id ELSE '' END AS unknown_site
  FROM execution_telemetry e
  LEFT JOIN appliances a ON a.id::text = e.appliance_id
  LEFT JOIN incidents i ON i.id::text = e.incident_id
  LEFT JOIN sites s ON s.id = e.site_id
 WHERE a.id IS NULL OR (e.incident_id IS NOT NULL AND i.id IS NULL) OR s.id IS NULL
 ORDER BY e.id
 LIMIT 1000
