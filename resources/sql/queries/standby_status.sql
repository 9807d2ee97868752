-- On the standby: is it one, how far it has replayed, and how old the last
-- transaction it replayed is (seconds; NULL before the first).
SELECT pg_is_in_recovery() AS recovering, pg_last_wal_replay_lsn()::text AS replayed,
       extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS age_seconds
