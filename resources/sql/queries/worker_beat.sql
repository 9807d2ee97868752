-- A worker's heartbeat, and whether it leads.
INSERT INTO healdesk_workers (worker_id, host, pid, version, is_leader)
VALUES (:id::uuid, :host, :pid::int, :version, :leading::boolean)
ON CONFLICT (worker_id) DO UPDATE SET beat_at = now(), is_leader = EXCLUDED.is_leader, stopped_at = NULL
