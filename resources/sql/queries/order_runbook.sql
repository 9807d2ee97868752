SELECT r.runbook_id, r.name, r.enabled, coalesce(r.is_disruptive, false) AS disruptive, r.category,
       array_to_string(r.hipaa_controls, ', ') AS hipaa_controls
  FROM runbooks r
 WHERE r.runbook_id = :runbook
