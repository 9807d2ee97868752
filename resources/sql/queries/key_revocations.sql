-- Every revocation with the admin's signed statement.
SELECT r.key_id, r.revoker_key_id, r.reason, r.revoked_at, r.statement, r.signature
  FROM healdesk_key_revocations r
 ORDER BY r.revoked_at, r.key_id
