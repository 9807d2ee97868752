SELECT r.runbook_id, r.name, r.enabled, coalesce(r.is_disruptive, false) AS disruptive, r.category,
       array_to_string(r.hipaa_controls, ', ') AS hipaa_controls,
       (SELECT p.schema::text FROM healdesk_runbook_parameters p WHERE p.runbook_id = r.runbook_id) AS parameter_schema
  FROM runbooks r
 WHERE r.runbook_id = :runbook
