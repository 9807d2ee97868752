-- The audit log, newest first, filtered: user (exact) or NULL, action (exact)
-- or NULL, target text (LIKE-escaped) or NULL, from, to, limit.
SELECT l.id, l.created_at, l.username, l.action, l.target, l.details::text AS details
  FROM admin_audit_log l
 WHERE (:user::text IS NULL OR l.username = :user)
   AND (:action::text IS NULL OR l.action = :action)
   AND (:target::text IS NULL OR l.target ILIKE '%' || :target || '%')
   AND (:from_ts::timestamptz IS NULL OR l.created_at >= :from_ts::timestamptz)
   AND (:to_ts::timestamptz IS NULL OR l.created_at < :to_ts::timestamptz)
 ORDER BY l.created_at DESC, l.id DESC
 LIMIT :row_limit
