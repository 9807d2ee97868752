-- Every audit row in ID order with the fields its chain hash covers
-- (definitions/15_signing.sql), for healdesk audit verify.
SELECT id, prev_hash, row_hash, username, action, target, details::text AS details,
       (extract(epoch FROM created_at) * 1000000)::bigint AS created_us,
       signing_key_id, signature, signed_statement
  FROM admin_audit_log
 ORDER BY id
