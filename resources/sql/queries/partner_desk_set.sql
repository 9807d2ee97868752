-- An admin sets whether a partner's incidents resolve when an order run from
-- them completes; the caller audits it in the same transaction.
INSERT INTO healdesk_partner_desk AS d (partner_id, auto_resolve)
VALUES (:partner::uuid, :auto_resolve::boolean)
ON CONFLICT (partner_id) DO UPDATE SET auto_resolve = excluded.auto_resolve, set_at = now(), set_by = session_user
RETURNING d.partner_id
