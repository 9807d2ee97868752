SELECT pg_advisory_unlock(7321, 2) AS released
