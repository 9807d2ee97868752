SELECT healdesk_key_bootstrap(:key_id, :approved_at::timestamptz, :valid_until::timestamptz, :statement) AS done
