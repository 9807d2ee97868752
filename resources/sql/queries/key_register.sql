-- Registers the session's own public key, pending (definitions/15_signing.sql).
SELECT healdesk_key_register(:key_id, :public_key, :role, :label, :statement, :signature) AS created
