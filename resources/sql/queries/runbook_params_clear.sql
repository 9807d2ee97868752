-- An admin removes a runbook's parameter schema: its orders take a free JSON object again.
DELETE FROM healdesk_runbook_parameters WHERE runbook_id = :runbook RETURNING runbook_id
