# A throwaway PostgreSQL 15 cluster: initdb in a temp folder, Unix socket only,
# run as `postgres` when the caller is root. Sets PGHOST/PGPORT/PGUSER/PGDATABASE.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_TMP=""

pg_run() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_start() {
    PG_TMP="$(mktemp -d /tmp/healdesk-pg.XXXXXX)"
    mkdir -p "$PG_TMP/data"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$PG_TMP"
        chmod 755 "$PG_TMP"
    fi
    log "starting a throwaway PostgreSQL cluster in $PG_TMP"
    pg_run "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        --no-sync >"$PG_TMP/initdb.log" 2>&1 || { cat "$PG_TMP/initdb.log" >&2; return 1; }
    pg_run "$PG_BIN/pg_ctl" start -w -t 60 -D "$PG_TMP/data" -l "$PG_TMP/server.log" \
        -o "-c listen_addresses='' -c unix_socket_directories='$PG_TMP' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >&2 || { cat "$PG_TMP/server.log" >&2; return 1; }
    export PGHOST="$PG_TMP" PGPORT=5432 PGUSER=postgres PGDATABASE=postgres
    unset PGPASSWORD PGSERVICE PGSSLMODE
}

pg_stop() {
    if [ -n "$PG_TMP" ] && [ -d "$PG_TMP/data" ]; then
        log "stopping the throwaway PostgreSQL cluster"
        pg_run "$PG_BIN/pg_ctl" stop -w -m fast -D "$PG_TMP/data" >/dev/null 2>&1 || true
        rm -rf "$PG_TMP"
    fi
}
