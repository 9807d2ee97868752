SELECT healdesk_signing_policy_set(:partner::uuid, :required::boolean, :key_id, :set_at::timestamptz, :statement,
                                   :signature) AS done
