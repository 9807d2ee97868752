-- The audit log, newest first, filtered. Binds: user (exact) or NULL, action
-- (exact) or NULL, target text (LIKE-escaped) or NULL, from, to, limit.
SELECT l.id, l.created_at, l.username, l.action, l.target, l.details::text
  FROM admin_audit_log l
 WHERE (?::text IS NULL OR l.username = ?)
   AND (?::text IS NULL OR l.action = ?)
   AND (?::text IS NULL OR l.target ILIKE '%' || ? || '%')
   AND (?::timestamptz IS NULL OR l.created_at >= ?::timestamptz)
   AND (?::timestamptz IS NULL OR l.created_at < ?::timestamptz)
 ORDER BY l.created_at DESC, l.id DESC
 LIMIT ?
