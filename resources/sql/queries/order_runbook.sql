SELECT r.runbook_id, r.name, r.enabled, coalesce(r.is_disruptive, false), r.category,
       array_to_string(r.hipaa_controls, ', ')
  FROM runbooks r
 WHERE r.runbook_id = ?
