-- Every HIPAA control named in runbooks.hipaa_controls, with each runbook that names it.
SELECT DISTINCT btrim(c) AS control, r.runbook_id
  FROM runbooks r
 CROSS JOIN LATERAL unnest(r.hipaa_controls) c
 WHERE btrim(c) <> ''
 ORDER BY 1, 2
