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

# A cluster kept between runs in $1 (benchmarks keep their generated fleets):
# created on first use, started, and stopped (not removed) by pg_stop_cached.
PG_CACHED=""
pg_start_cached() {
    PG_CACHED="$1"
    mkdir -p "$PG_CACHED"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$PG_CACHED"
        chmod 755 "$PG_CACHED"
    fi
    if [ ! -f "$PG_CACHED/data/PG_VERSION" ]; then
        log "creating the cached benchmark cluster in $PG_CACHED"
        pg_run "$PG_BIN/initdb" -D "$PG_CACHED/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
            >"$PG_CACHED/initdb.log" 2>&1 || { cat "$PG_CACHED/initdb.log" >&2; return 1; }
    fi
    if pg_run "$PG_BIN/pg_ctl" status -D "$PG_CACHED/data" >/dev/null 2>&1; then
        log "reusing the running benchmark cluster in $PG_CACHED"
    else
        pg_run "$PG_BIN/pg_ctl" start -w -t 120 -D "$PG_CACHED/data" -l "$PG_CACHED/server.log" \
            -o "-c listen_addresses='' -c unix_socket_directories='$PG_CACHED' -c shared_buffers=256MB -c max_wal_size=4GB -c work_mem=32MB" \
            >&2 || { tail -20 "$PG_CACHED/server.log" >&2; return 1; }
    fi
    export PGHOST="$PG_CACHED" PGPORT=5432 PGUSER=postgres PGDATABASE=postgres
    unset PGPASSWORD PGSERVICE PGSSLMODE
}

pg_stop_cached() {
    if [ -n "$PG_CACHED" ] && [ -f "$PG_CACHED/data/postmaster.pid" ]; then
        pg_run "$PG_BIN/pg_ctl" stop -w -m fast -D "$PG_CACHED/data" >/dev/null 2>&1 || true
    fi
}
