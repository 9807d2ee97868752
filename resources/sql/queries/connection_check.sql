-- Who the connection is, and its TLS version (off without TLS).
SELECT current_user::text AS login,
       coalesce((SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl), 'off') AS tls
