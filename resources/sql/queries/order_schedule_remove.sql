UPDATE healdesk_order_schedules SET removed_at = now() WHERE id = :id AND removed_at IS NULL RETURNING id
