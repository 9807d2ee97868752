SELECT r.runbook_id, r.name, r.category, array_to_string(r.hipaa_controls, ', ') AS hipaa_controls,
       coalesce(r.is_disruptive, false) AS disruptive, r.enabled, coalesce(r.description, '') AS description
  FROM runbooks r
 ORDER BY r.runbook_id
