-- Sets one appliance's switch for a runbook; returns a row only when it changed.
INSERT INTO appliance_runbook_config AS c (appliance_id, runbook_id, enabled)
VALUES (:appliance::uuid, :runbook, :enabled)
ON CONFLICT (appliance_id, runbook_id) DO UPDATE SET enabled = EXCLUDED.enabled
 WHERE c.enabled IS DISTINCT FROM EXCLUDED.enabled
RETURNING c.appliance_id
