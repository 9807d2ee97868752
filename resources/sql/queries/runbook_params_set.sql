-- An admin sets (or replaces) a runbook's parameter schema; the caller audits it in the same transaction.
INSERT INTO healdesk_runbook_parameters AS p (runbook_id, schema)
SELECT r.runbook_id, :schema::json FROM runbooks r WHERE r.runbook_id = :runbook
ON CONFLICT (runbook_id) DO UPDATE SET schema = excluded.schema, set_at = now(), set_by = session_user
RETURNING p.runbook_id
