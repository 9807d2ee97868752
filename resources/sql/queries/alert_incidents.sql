-- Critical incidents among the given ids, reported within the last hour (an
-- update to an old incident is not news). IDs and names only: no PHI.
SELECT i.id::text AS incident_id, i.incident_type, i.severity, a.hostname, a.site_id, s.name AS site_name
  FROM incidents i
  JOIN appliances a ON a.id = i.appliance_id
  JOIN sites s ON s.id = a.site_id
 WHERE i.id::text = ANY (string_to_array(:ids::text, ','))
   AND lower(trim(i.severity)) = 'critical'
   AND i.reported_at > now() - interval '1 hour'
