-- The login the server knows, never a name typed into the console. A signed
-- action carries its actor's statement and signature (NULL otherwise).
INSERT INTO admin_audit_log (username, action, target, details, signing_key_id, signature, signed_statement)
VALUES (current_user, :action, :target, :details::jsonb, :key_id, :signature, :statement)
