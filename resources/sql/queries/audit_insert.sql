-- The login the server knows, never a name typed into the console.
INSERT INTO admin_audit_log (username, action, target, details)
VALUES (current_user, :action, :target, :details::jsonb)
