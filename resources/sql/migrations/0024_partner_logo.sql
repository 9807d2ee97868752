-- A partner's logo for the cover of its clients' compliance reports: MSPs hand
-- these to clients under their own brand. PNG bytes as given, with their
-- SHA-256 (the report names it, so the digest covers which logo was printed).
-- Technicians read it for the partners they may see (policy in
-- definitions/10_access.sql); admins set it, audited (healdesk partner set-logo).
CREATE TABLE healdesk_partner_logo (
    partner_id UUID PRIMARY KEY REFERENCES partners (id) ON DELETE CASCADE,
    png BYTEA NOT NULL CHECK (octet_length(png) BETWEEN 8 AND 1048576),
    sha256 TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by TEXT NOT NULL DEFAULT current_user
);
ALTER TABLE healdesk_partner_logo ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON healdesk_partner_logo TO healdesk_technician;
GRANT INSERT, UPDATE, DELETE ON healdesk_partner_logo TO healdesk_admin;
