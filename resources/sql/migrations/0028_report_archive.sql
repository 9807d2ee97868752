-- Scheduled reports and their archive (HIPAA §164.316(b)(2): documentation
-- kept six years). The worker writes one archive row per schedule and period,
-- the unique key making a second worker's or a rerun's insert a no-op.

CREATE TABLE healdesk_report_schedules (
    id BIGSERIAL PRIMARY KEY,
    partner_id UUID REFERENCES partners (id) ON DELETE CASCADE,
    site_id VARCHAR(255) REFERENCES sites (id) ON DELETE CASCADE,
    cadence TEXT NOT NULL DEFAULT 'monthly' CHECK (cadence IN ('monthly')),
    formats TEXT[] NOT NULL DEFAULT '{pdf,csv}' CHECK (formats <@ '{pdf,csv}' AND cardinality(formats) > 0),
    page_size TEXT NOT NULL DEFAULT 'a4' CHECK (page_size IN ('a4', 'letter')),
    language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es', 'de')),
    stale_days INTEGER NOT NULL DEFAULT 30 CHECK (stale_days BETWEEN 1 AND 3650),
    created_by NAME NOT NULL DEFAULT current_user,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- The first period it makes: the last complete one when it was created.
    first_period DATE NOT NULL,
    removed_at TIMESTAMPTZ,
    CHECK ((partner_id IS NULL) <> (site_id IS NULL))
);
ALTER TABLE healdesk_report_schedules ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON healdesk_report_schedules TO healdesk_technician;
GRANT USAGE ON SEQUENCE healdesk_report_schedules_id_seq TO healdesk_technician;

CREATE TABLE healdesk_report_archive (
    id BIGSERIAL PRIMARY KEY,
    schedule_id BIGINT NOT NULL REFERENCES healdesk_report_schedules (id),
    partner_id UUID,
    site_id VARCHAR(255),
    period_from TIMESTAMPTZ NOT NULL,
    period_to TIMESTAMPTZ NOT NULL,
    report_id TEXT NOT NULL,
    pdf BYTEA,
    csv BYTEA,
    digest TEXT NOT NULL,
    signing_key_id TEXT, -- NULL: the report is unsigned
    language TEXT NOT NULL,
    generated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    generated_by NAME NOT NULL DEFAULT current_user,
    UNIQUE (schedule_id, period_from),
    CHECK (pdf IS NOT NULL OR csv IS NOT NULL)
);
CREATE INDEX healdesk_report_archive_period_idx ON healdesk_report_archive (period_from DESC);
ALTER TABLE healdesk_report_archive ENABLE ROW LEVEL SECURITY;
-- Read by technicians in scope; written by the worker; deleted only through
-- healdesk_archive_delete (admins, after six years, audited).
GRANT SELECT ON healdesk_report_archive TO healdesk_technician;
GRANT INSERT ON healdesk_report_archive TO healdesk_admin;
GRANT USAGE ON SEQUENCE healdesk_report_archive_id_seq TO healdesk_admin;
