-- The lead: held by this connection until it closes (or the worker gives it up).
SELECT pg_try_advisory_lock(7321, 2) AS got
