UPDATE healdesk_alert_routes SET removed_at = now(), removed_by = current_user
 WHERE id = :id AND removed_at IS NULL
RETURNING id, name
