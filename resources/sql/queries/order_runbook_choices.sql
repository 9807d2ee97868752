SELECT r.runbook_id, r.name, r.category, array_to_string(r.hipaa_controls, ', '), coalesce(r.is_disruptive, false),
       r.enabled, coalesce(r.description, '')
  FROM runbooks r
 ORDER BY r.runbook_id
