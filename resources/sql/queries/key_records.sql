-- Every key as a chain check reads it: public key, owner, role and the
-- approval statement with its signature (NULL while pending). Untrusted data:
-- only signatures that verify against the trust file make any of it count.
SELECT k.key_id, k.public_key, k.login::text AS login, k.role, a.statement AS approval_statement,
       a.signature AS approval_signature, a.approver_key_id, coalesce(a.bootstrap, false) AS bootstrap,
       a.approved_at, a.valid_until
  FROM healdesk_signing_keys k
  LEFT JOIN healdesk_key_approvals a ON a.key_id = k.key_id
 ORDER BY k.created_at, k.key_id
