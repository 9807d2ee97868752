-- Whether a worker leads: its advisory lock (7321, 2) is held in this database,
-- with the freshest leader heartbeat, and how many others wait.
SELECT EXISTS (SELECT 1 FROM pg_locks l
                WHERE l.locktype = 'advisory' AND l.classid = 7321 AND l.objid = 2 AND l.objsubid = 2 AND l.granted
                  AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AS locked,
       w.host, w.pid, extract(epoch FROM now() - w.beat_at)::bigint AS beat_age,
       (SELECT count(*) FROM healdesk_workers s
         WHERE NOT s.is_leader AND s.stopped_at IS NULL AND s.beat_at > now() - interval '30 seconds')::int AS standby
  FROM (SELECT 1) one
  LEFT JOIN LATERAL (SELECT h.host, h.pid, h.beat_at FROM healdesk_workers h
                      WHERE h.is_leader AND h.stopped_at IS NULL ORDER BY h.beat_at DESC LIMIT 1) w ON true
