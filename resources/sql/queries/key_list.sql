-- Every signing key with its state (pending, approved, expired, revoked), newest first.
SELECT k.key_id, k.login::text AS login, k.role, k.label, k.state, k.created_at, k.approved_by::text AS approved_by,
       k.approved_at, k.valid_until, k.bootstrap, k.revoked_by::text AS revoked_by, k.revoked_at,
       k.revocation_reason
  FROM healdesk_key_states k
 ORDER BY k.created_at DESC, k.key_id
