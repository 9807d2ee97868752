UPDATE healdesk_workers SET stopped_at = now(), is_leader = false WHERE worker_id = :id::uuid
