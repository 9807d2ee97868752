-- An admin sets the hours for a severity, the fleet's (:partner NULL) or a
-- partner's own; the caller audits it in the same transaction.
INSERT INTO healdesk_incident_slas AS l (partner_id, severity, hours)
VALUES (:partner::uuid, :severity, :hours::numeric)
ON CONFLICT ((coalesce(partner_id, '00000000-0000-0000-0000-000000000000'::uuid)), severity)
DO UPDATE SET hours = excluded.hours, set_at = now(), set_by = session_user
RETURNING l.id
