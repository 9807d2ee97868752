-- On the primary: how many bytes of WAL a standby that replayed up to the
-- given position still has to replay. The insert position, not the write
-- position: with synchronous_commit off a commit can sit unwritten in the WAL
-- buffers for a moment, and a standby missing it is not caught up.
SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), :replayed::pg_lsn)::float8 AS bytes_behind
