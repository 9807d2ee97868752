SELECT p.pattern_id, p.pattern_signature, coalesce(p.incident_type, '') AS incident_type, p.status
  FROM patterns p
 WHERE p.pattern_id = :pattern
