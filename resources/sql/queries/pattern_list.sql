-- Patterns awaiting promotion (pending or approved) with their evidence, most
-- frequent first; the runbook a promotion would most likely map to is the one
-- whose category the incident type names, left to the admin to choose.
SELECT p.pattern_id, p.pattern_signature, coalesce(p.incident_type, '') AS incident_type, p.status, p.occurrences,
       p.success_rate, p.last_seen
  FROM patterns p
 WHERE p.status IN ('pending', 'approved')
 ORDER BY p.occurrences DESC, p.pattern_id
