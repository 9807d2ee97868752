-- Sets (or replaces) a partner's logo; the caller audits it in the same transaction.
INSERT INTO healdesk_partner_logo (partner_id, png, sha256)
VALUES (:partner::uuid, :png, :sha256)
ON CONFLICT (partner_id) DO UPDATE
   SET png = EXCLUDED.png, sha256 = EXCLUDED.sha256, updated_at = now(), updated_by = current_user
