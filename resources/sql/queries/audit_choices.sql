SELECT 'user' AS kind, username AS value FROM admin_audit_log GROUP BY username
UNION ALL
SELECT 'action', action FROM admin_audit_log GROUP BY action
ORDER BY 1, 2
