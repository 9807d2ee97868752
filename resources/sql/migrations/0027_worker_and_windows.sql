-- The worker, maintenance windows and held orders (tables and columns only;
-- the rules are in definitions/25_maintenance.sql and 10_access.sql).

-- One row per `healdesk worker` process: its heartbeat. The one that holds
-- the advisory lock (7321, 2) on its own connection leads and runs the jobs;
-- the others wait for the lock. The console reads these rows for its status
-- bar, and drains the rollups itself only while no worker beats.
CREATE TABLE healdesk_workers (
    worker_id UUID PRIMARY KEY,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    beat_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    is_leader BOOLEAN NOT NULL DEFAULT false,
    stopped_at TIMESTAMPTZ
);
GRANT SELECT ON healdesk_workers TO healdesk_technician;

-- A site's maintenance windows are in its own time zone, else its
-- partner's, else UTC (IANA names, checked when set).
ALTER TABLE partners ADD COLUMN time_zone TEXT;
ALTER TABLE sites ADD COLUMN time_zone TEXT;

-- Weekly windows (ISO weekday, local start and end; an end at or before the
-- start runs past midnight) and one-off windows (two instants), each with
-- its reason.
CREATE TABLE healdesk_maintenance_windows (
    id BIGSERIAL PRIMARY KEY,
    site_id VARCHAR(255) NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    weekday SMALLINT CHECK (weekday BETWEEN 1 AND 7),
    start_time TIME,
    end_time TIME,
    starts_at TIMESTAMPTZ,
    ends_at TIMESTAMPTZ,
    reason TEXT NOT NULL CHECK (btrim(reason) <> ''),
    created_by NAME NOT NULL DEFAULT current_user,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((weekday IS NOT NULL AND start_time IS NOT NULL AND end_time IS NOT NULL AND start_time <> end_time
            AND starts_at IS NULL AND ends_at IS NULL)
        OR (weekday IS NULL AND start_time IS NULL AND end_time IS NULL AND starts_at IS NOT NULL
            AND ends_at > starts_at))
);
CREATE INDEX healdesk_maintenance_windows_site_idx ON healdesk_maintenance_windows (site_id);
ALTER TABLE healdesk_maintenance_windows ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, DELETE ON healdesk_maintenance_windows TO healdesk_technician;
GRANT USAGE ON SEQUENCE healdesk_maintenance_windows_id_seq TO healdesk_technician;

-- Orders held back: a disruptive runbook issued outside its site's window
-- (released when a window opens), or any order a technician holds until a
-- chosen time. Not written to orders until then, where legacy agents would
-- run them at once. The worker releases each exactly once (status moves from
-- held to released in the transaction that writes the order).
CREATE TABLE healdesk_held_orders (
    order_id VARCHAR(64) PRIMARY KEY,
    id UUID NOT NULL DEFAULT gen_random_uuid() UNIQUE, -- what change notifications name, as for orders
    appliance_id UUID NOT NULL REFERENCES appliances (id),
    runbook_id VARCHAR(100) NOT NULL,
    parameters JSONB NOT NULL DEFAULT '{}',
    reason TEXT NOT NULL,
    issued_by NAME NOT NULL DEFAULT current_user,
    held_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    hold TEXT NOT NULL CHECK (hold IN ('window', 'until')),
    release_at TIMESTAMPTZ,
    ttl_seconds INTEGER NOT NULL CHECK (ttl_seconds BETWEEN 10 AND 604800),
    status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'released', 'cancelled')),
    closed_at TIMESTAMPTZ,
    closed_by NAME,
    note TEXT,
    CHECK (hold = 'window' OR release_at IS NOT NULL)
);
CREATE INDEX healdesk_held_orders_held_idx ON healdesk_held_orders (held_at) WHERE status = 'held';
ALTER TABLE healdesk_held_orders ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON healdesk_held_orders TO healdesk_technician;
