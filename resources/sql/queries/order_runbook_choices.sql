SELECT r.runbook_id, r.name, r.category, array_to_string(r.hipaa_controls, ', ') AS hipaa_controls,
       coalesce(r.is_disruptive, false) AS disruptive, r.enabled, coalesce(r.description, '') AS description,
       coalesce((SELECT p.schema::text FROM healdesk_runbook_parameters p WHERE p.runbook_id = r.runbook_id), '')
           AS parameter_schema
  FROM runbooks r
 ORDER BY r.runbook_id
