SELECT healdesk_key_approve(:key_id, :approver_key_id, :approved_at::timestamptz, :valid_until::timestamptz,
                            :statement, :signature) AS done
