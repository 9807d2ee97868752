-- Recurring orders: a schedule names a runbook, a site (all its appliances
-- at each occurrence, so new ones join) or some of its appliances, the
-- parameters, a reason and a recurrence in the site's time zone: at each of
-- its maintenance windows' start, daily at a time, or monthly on a day. The
-- leading worker releases each occurrence as a batch: one row per schedule
-- and occurrence (the unique key), its orders named after both, so a second
-- worker or a rerun adds nothing.
CREATE TABLE healdesk_order_schedules (
    id BIGSERIAL PRIMARY KEY,
    site_id VARCHAR(255) NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    appliance_ids UUID[], -- NULL: every appliance the site has at each occurrence
    runbook_id TEXT NOT NULL,
    parameters JSONB NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(parameters) = 'object'),
    reason TEXT NOT NULL CHECK (btrim(reason) <> ''),
    recurrence TEXT NOT NULL CHECK (recurrence IN ('window', 'daily', 'monthly')),
    at_time TIME,     -- daily and monthly: the clinic's clock
    day_of_month INTEGER CHECK (day_of_month BETWEEN 1 AND 31), -- past a short month's end: its last day
    ttl_seconds INTEGER NOT NULL DEFAULT 3600 CHECK (ttl_seconds BETWEEN 60 AND 604800),
    created_by NAME NOT NULL DEFAULT current_user,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- Occurrences count from here: its creation, or when it was last resumed.
    active_from TIMESTAMPTZ NOT NULL DEFAULT now(),
    paused_at TIMESTAMPTZ,
    removed_at TIMESTAMPTZ,
    CHECK ((recurrence = 'window') = (at_time IS NULL)),
    CHECK ((recurrence = 'monthly') = (day_of_month IS NOT NULL)),
    CHECK (appliance_ids IS NULL OR cardinality(appliance_ids) > 0)
);
ALTER TABLE healdesk_order_schedules ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON healdesk_order_schedules TO healdesk_technician;
GRANT USAGE ON SEQUENCE healdesk_order_schedules_id_seq TO healdesk_technician;

CREATE TABLE healdesk_order_batches (
    id BIGSERIAL PRIMARY KEY,
    schedule_id BIGINT NOT NULL REFERENCES healdesk_order_schedules (id),
    occurrence_at TIMESTAMPTZ NOT NULL,
    -- released: its orders were written (or held for a window); missed: no
    -- worker ran while it was due; refused: nothing could be ordered (why in note).
    state TEXT NOT NULL CHECK (state IN ('released', 'missed', 'refused')),
    order_ids TEXT[] NOT NULL DEFAULT '{}',
    note TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by NAME NOT NULL DEFAULT current_user,
    UNIQUE (schedule_id, occurrence_at)
);
ALTER TABLE healdesk_order_batches ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON healdesk_order_batches TO healdesk_technician;
GRANT INSERT ON healdesk_order_batches TO healdesk_admin;
GRANT USAGE ON SEQUENCE healdesk_order_batches_id_seq TO healdesk_admin;
