-- Proof: technicians' Ed25519 public keys, the admins' signed approvals and
-- revocations of them, whether each partner's orders must be signed, and the
-- columns that carry signatures on orders and the audit log. The private keys
-- never come here: they stay in each workstation's keychain. The functions
-- that write these tables (each checking who may) live in
-- definitions/15_signing.sql; clients only read them directly.

-- One row: this installation's identity (keychain entries and trust files
-- name it) and whether partners without a policy of their own require
-- signed orders. A new installation requires them; an adopted production
-- database starts without, because its appliances cannot verify yet.
CREATE TABLE healdesk_signing_settings (
    singleton BOOLEAN PRIMARY KEY DEFAULT true CHECK (singleton),
    installation_id UUID NOT NULL DEFAULT gen_random_uuid(),
    required_default BOOLEAN NOT NULL
);
INSERT INTO healdesk_signing_settings (required_default)
SELECT NOT EXISTS (SELECT 1 FROM healdesk_migrations WHERE adopted);

CREATE TABLE healdesk_signing_policy (
    partner_id UUID PRIMARY KEY REFERENCES partners (id) ON DELETE CASCADE,
    required BOOLEAN NOT NULL,
    set_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    set_by NAME NOT NULL DEFAULT session_user
);

-- A public key as registered by its owner: pending until approved.
CREATE TABLE healdesk_signing_keys (
    key_id TEXT PRIMARY KEY CHECK (key_id ~ '^[0-9a-f]{32}$'),
    login NAME NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('technician', 'admin', 'service')),
    public_key TEXT NOT NULL UNIQUE CHECK (public_key ~ '^[A-Za-z0-9+/]{43}=$'),
    label TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- Signed by the key itself: its owner holds the private half.
    registration_statement TEXT NOT NULL,
    registration_signature TEXT NOT NULL
);
CREATE INDEX healdesk_signing_keys_login_idx ON healdesk_signing_keys (login);

-- The signed statement an admin made over the key, its login, role, partner
-- scope and validity. bootstrap: the first admin key, approved by the
-- schema's owner while no admin key was approved.
-- Its statement is signed by no admin, as there is none yet: only the trust
-- file, exported after it, makes that key an anchor.
CREATE TABLE healdesk_key_approvals (
    key_id TEXT PRIMARY KEY REFERENCES healdesk_signing_keys (key_id) ON DELETE CASCADE,
    approver_key_id TEXT REFERENCES healdesk_signing_keys (key_id),
    approved_by NAME NOT NULL DEFAULT session_user,
    approved_at TIMESTAMPTZ NOT NULL,
    valid_until TIMESTAMPTZ NOT NULL,
    bootstrap BOOLEAN NOT NULL DEFAULT false,
    statement TEXT NOT NULL,
    signature TEXT,
    CHECK (bootstrap OR signature IS NOT NULL)
);

CREATE TABLE healdesk_key_revocations (
    key_id TEXT PRIMARY KEY REFERENCES healdesk_signing_keys (key_id) ON DELETE CASCADE,
    revoker_key_id TEXT NOT NULL REFERENCES healdesk_signing_keys (key_id),
    revoked_by NAME NOT NULL DEFAULT session_user,
    revoked_at TIMESTAMPTZ NOT NULL,
    reason TEXT NOT NULL,
    statement TEXT NOT NULL,
    signature TEXT NOT NULL
);

-- Orders: the signed payload (docs/order-signing.md), its signature, the
-- key and the nonce. Appliances that ignore these columns keep working.
ALTER TABLE orders
    ADD COLUMN signing_key_id TEXT,
    ADD COLUMN nonce TEXT,
    ADD COLUMN signature TEXT,
    ADD COLUMN signed_payload TEXT;
CREATE INDEX orders_nonce_idx ON orders (nonce) WHERE nonce IS NOT NULL;

-- The audit log as a hash chain: each new row's hash covers the row and the
-- hash of the row before (definitions/15_signing.sql computes them on
-- insert); a signed action also carries its actor's statement and signature.
-- Rows from before this migration have no hash: they predate the chain.
ALTER TABLE admin_audit_log
    ADD COLUMN prev_hash TEXT,
    ADD COLUMN row_hash TEXT,
    ADD COLUMN signing_key_id TEXT,
    ADD COLUMN signature TEXT,
    ADD COLUMN signed_statement TEXT;

ALTER TABLE healdesk_signing_policy ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON healdesk_signing_settings, healdesk_signing_policy, healdesk_signing_keys, healdesk_key_approvals,
    healdesk_key_revocations TO healdesk_technician;
