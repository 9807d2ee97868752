SELECT healdesk_key_revoke(:key_id, :revoker_key_id, :revoked_at::timestamptz, :reason, :statement,
                           :signature) AS done
