-- A runbook's parameter schema, and whether the runbook exists at all.
SELECT r.runbook_id, p.schema::text AS schema, p.set_by, p.set_at
  FROM runbooks r
  LEFT JOIN healdesk_runbook_parameters p ON p.runbook_id = r.runbook_id
 WHERE r.runbook_id = :runbook
