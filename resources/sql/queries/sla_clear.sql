-- An admin drops a partner's own hours for these severities (comma text): the
-- fleet's apply again. The caller audits it in the same transaction.
DELETE FROM healdesk_incident_slas
 WHERE partner_id = :partner::uuid AND severity = ANY (string_to_array(:severities, ','))
RETURNING severity
