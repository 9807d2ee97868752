-- Signing keys and the audit chain. The database cannot check an Ed25519
-- signature, and it need not: appliances and auditors check every signature
-- against the fleet's trust file, so a row written here by someone without an
-- admin's private key is never trusted wherever it lands. What the database
-- enforces is who may write which row, so the honest path refuses early and
-- clearly. Refusals raise SQLSTATE HDK01 with a sentence for the user.

-- The installation default, unless the partner has a policy of its own.
CREATE OR REPLACE FUNCTION healdesk_signing_required(partner UUID) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT coalesce((SELECT p.required FROM healdesk_signing_policy p WHERE p.partner_id = partner),
                    (SELECT s.required_default FROM healdesk_signing_settings s), true)
$$;

CREATE OR REPLACE FUNCTION healdesk_is_admin() RETURNS BOOLEAN
    LANGUAGE sql STABLE
AS $$
    SELECT pg_has_role(session_user, 'healdesk_admin', 'MEMBER')
$$;

-- Each key with its state: revoked once a revocation exists; approved while
-- an approval exists and is valid; expired after its validity; else pending.
CREATE OR REPLACE VIEW healdesk_key_states AS
SELECT k.key_id, k.login, k.role, k.public_key, k.label, k.created_at,
       CASE WHEN r.key_id IS NOT NULL THEN 'revoked'
            WHEN a.key_id IS NULL THEN 'pending'
            WHEN a.valid_until <= now() THEN 'expired'
            ELSE 'approved' END AS state,
       k.registration_statement, k.registration_signature,
       a.approver_key_id, a.approved_by, a.approved_at, a.valid_until, a.bootstrap,
       a.statement AS approval_statement, a.signature AS approval_signature,
       r.revoker_key_id, r.revoked_by, r.revoked_at, r.reason AS revocation_reason,
       r.statement AS revocation_statement, r.signature AS revocation_signature
  FROM healdesk_signing_keys k
  LEFT JOIN healdesk_key_approvals a ON a.key_id = k.key_id
  LEFT JOIN healdesk_key_revocations r ON r.key_id = k.key_id;
GRANT SELECT ON healdesk_key_states TO healdesk_technician;

-- The session's login registers a public key of its own, pending. The key ID
-- must be the one the public key gives (first 16 bytes of its SHA-256).
CREATE OR REPLACE FUNCTION healdesk_key_register(p_key_id TEXT, p_public_key TEXT, p_role TEXT, p_label TEXT,
                                                 p_statement TEXT, p_signature TEXT)
    RETURNS BOOLEAN
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    raw BYTEA;
    existing healdesk_signing_keys;
BEGIN
    IF NOT pg_has_role(session_user, 'healdesk_technician', 'MEMBER') THEN
        RAISE EXCEPTION 'only a Healdesk technician or admin may register a signing key' USING ERRCODE = 'HDK01';
    END IF;
    IF p_role = 'admin' AND NOT healdesk_is_admin() THEN
        RAISE EXCEPTION 'an admin key needs a login with the healdesk_admin role' USING ERRCODE = 'HDK01';
    END IF;
    raw := decode(p_public_key, 'base64');
    IF octet_length(raw) <> 32 OR encode(substring(sha256(raw) FROM 1 FOR 16), 'hex') <> p_key_id THEN
        RAISE EXCEPTION 'key ID % is not the ID of that public key', p_key_id USING ERRCODE = 'HDK01';
    END IF;
    PERFORM healdesk_key_check_statement(p_statement, 'healdesk-key-registration-v1', p_key_id, p_signature, now());
    SELECT * INTO existing FROM healdesk_signing_keys WHERE key_id = p_key_id;
    IF FOUND THEN
        IF existing.login <> session_user OR existing.role <> p_role THEN
            RAISE EXCEPTION 'key % is already registered to %', p_key_id, existing.login USING ERRCODE = 'HDK01';
        END IF;
        RETURN false;
    END IF;
    INSERT INTO healdesk_signing_keys (key_id, login, role, public_key, label, registration_statement,
                                       registration_signature)
    VALUES (p_key_id, session_user, p_role, p_public_key, coalesce(p_label, ''), p_statement, p_signature);
    RETURN true;
END;
$$;

-- Checks shared by approval and revocation: the acting admin's own key.
CREATE OR REPLACE FUNCTION healdesk_key_check_admin_key(p_key_id TEXT) RETURNS VOID
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    k healdesk_key_states;
BEGIN
    IF NOT healdesk_is_admin() THEN
        RAISE EXCEPTION 'only a healdesk_admin may approve or revoke keys' USING ERRCODE = 'HDK01';
    END IF;
    SELECT * INTO k FROM healdesk_key_states WHERE key_id = p_key_id;
    IF NOT FOUND OR k.login <> session_user OR k.role <> 'admin' THEN
        RAISE EXCEPTION 'key % is not an admin key of %', p_key_id, session_user USING ERRCODE = 'HDK01';
    END IF;
    IF k.state <> 'approved' THEN
        RAISE EXCEPTION 'your admin key % is %, not approved', p_key_id, k.state USING ERRCODE = 'HDK01';
    END IF;
END;
$$;

CREATE OR REPLACE FUNCTION healdesk_key_check_statement(p_statement TEXT, p_type TEXT, p_key_id TEXT,
                                                        p_signature TEXT, p_at TIMESTAMPTZ) RETURNS VOID
    LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
    IF left(p_statement, length(p_type) + 1) <> p_type || E'\n'
       OR position(E'\nkey_id=' || p_key_id || E'\n' IN p_statement) = 0 THEN
        RAISE EXCEPTION 'the signed statement is not a % for key %', p_type, p_key_id USING ERRCODE = 'HDK01';
    END IF;
    IF p_signature !~ '^[A-Za-z0-9+/]{86}==$' THEN
        RAISE EXCEPTION 'the signature is not 64 bytes of base64' USING ERRCODE = 'HDK01';
    END IF;
    IF p_at IS NULL OR abs(extract(epoch FROM (p_at - clock_timestamp()))) > 600 THEN
        RAISE EXCEPTION 'the signed time % is more than ten minutes from the database''s clock', p_at
            USING ERRCODE = 'HDK01';
    END IF;
END;
$$;

-- An admin approves another login's pending key with a statement signed by
-- the admin's own approved key. Never one's own key.
CREATE OR REPLACE FUNCTION healdesk_key_approve(p_key_id TEXT, p_approver_key_id TEXT, p_approved_at TIMESTAMPTZ,
                                                p_valid_until TIMESTAMPTZ, p_statement TEXT, p_signature TEXT)
    RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    k healdesk_key_states;
BEGIN
    PERFORM healdesk_key_check_admin_key(p_approver_key_id);
    SELECT * INTO k FROM healdesk_key_states WHERE key_id = p_key_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no key %', p_key_id USING ERRCODE = 'HDK01';
    END IF;
    IF k.login = session_user THEN
        RAISE EXCEPTION 'key % belongs to you: another admin must approve it', p_key_id USING ERRCODE = 'HDK01';
    END IF;
    IF k.state <> 'pending' THEN
        RAISE EXCEPTION 'key % is %, not pending', p_key_id, k.state USING ERRCODE = 'HDK01';
    END IF;
    IF p_valid_until <= p_approved_at OR p_valid_until > p_approved_at + interval '3 years' THEN
        RAISE EXCEPTION 'an approval is valid for up to three years' USING ERRCODE = 'HDK01';
    END IF;
    PERFORM healdesk_key_check_statement(p_statement, 'healdesk-key-approval-v1', p_key_id, p_signature, p_approved_at);
    PERFORM healdesk_key_check_approval_fields(p_statement, k.public_key, k.login, k.role);
    IF NOT healdesk_scope_covers(healdesk_key_scope(session_user), healdesk_key_scope(k.login)) THEN
        RAISE EXCEPTION 'key % of % serves partners you do not: an admin whose partners cover them approves it',
            p_key_id, k.login USING ERRCODE = 'HDK01';
    END IF;
    INSERT INTO healdesk_key_approvals (key_id, approver_key_id, approved_at, valid_until, statement, signature)
    VALUES (p_key_id, p_approver_key_id, p_approved_at, p_valid_until, p_statement, p_signature);
END;
$$;

-- The first admin key: approved by the role that owns Healdesk's schema,
-- only while no admin key is approved, and signed by the key itself (which
-- proves its owner holds the private half). The trust file makes it an anchor.
CREATE OR REPLACE FUNCTION healdesk_key_bootstrap(p_key_id TEXT, p_approved_at TIMESTAMPTZ,
                                                  p_valid_until TIMESTAMPTZ, p_statement TEXT)
    RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    k healdesk_key_states;
    owner NAME := (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = 'healdesk_signing_keys'::regclass);
BEGIN
    IF session_user <> owner THEN
        RAISE EXCEPTION 'only %, the owner of Healdesk''s schema, may approve the first admin key', owner
            USING ERRCODE = 'HDK01';
    END IF;
    LOCK TABLE healdesk_key_approvals IN EXCLUSIVE MODE;
    IF EXISTS (SELECT 1 FROM healdesk_key_states s WHERE s.role = 'admin' AND s.state = 'approved') THEN
        RAISE EXCEPTION 'an admin key is already approved: further keys are approved by an admin'
            USING ERRCODE = 'HDK01';
    END IF;
    SELECT * INTO k FROM healdesk_key_states WHERE key_id = p_key_id;
    IF NOT FOUND OR k.role <> 'admin' OR k.state <> 'pending' THEN
        RAISE EXCEPTION 'key % is not a pending admin key', p_key_id USING ERRCODE = 'HDK01';
    END IF;
    IF left(p_statement, 25) <> E'healdesk-key-approval-v1\n' OR position(E'\nkey_id=' || p_key_id || E'\n' IN p_statement) = 0
       OR position(E'\napprover_key_id=bootstrap\n' IN p_statement) = 0
    THEN
        RAISE EXCEPTION 'the statement is not a first-admin approval of key %', p_key_id USING ERRCODE = 'HDK01';
    END IF;
    PERFORM healdesk_key_check_approval_fields(p_statement, k.public_key, k.login, k.role);
    INSERT INTO healdesk_key_approvals (key_id, approver_key_id, approved_at, valid_until, bootstrap, statement)
    VALUES (p_key_id, NULL, p_approved_at, p_valid_until, true, p_statement);
END;
$$;

CREATE OR REPLACE FUNCTION healdesk_key_revoke(p_key_id TEXT, p_revoker_key_id TEXT, p_revoked_at TIMESTAMPTZ,
                                               p_reason TEXT, p_statement TEXT, p_signature TEXT)
    RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM healdesk_key_check_admin_key(p_revoker_key_id);
    IF NOT EXISTS (SELECT 1 FROM healdesk_signing_keys WHERE key_id = p_key_id) THEN
        RAISE EXCEPTION 'no key %', p_key_id USING ERRCODE = 'HDK01';
    END IF;
    IF EXISTS (SELECT 1 FROM healdesk_key_revocations WHERE key_id = p_key_id) THEN
        RAISE EXCEPTION 'key % is already revoked', p_key_id USING ERRCODE = 'HDK01';
    END IF;
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'a revocation needs a reason' USING ERRCODE = 'HDK01';
    END IF;
    PERFORM healdesk_key_check_statement(p_statement, 'healdesk-key-revocation-v1', p_key_id, p_signature,
                                         p_revoked_at);
    INSERT INTO healdesk_key_revocations (key_id, revoker_key_id, revoked_at, reason, statement, signature)
    VALUES (p_key_id, p_revoker_key_id, p_revoked_at, p_reason, p_statement, p_signature);
END;
$$;

-- Whether a partner's orders must be signed: an admin's statement signed
-- with their approved admin key (appliances holding the trust file honour
-- "off" only from a trusted admin). Admins only; audited by the caller.
DROP FUNCTION IF EXISTS healdesk_signing_policy_set(UUID, BOOLEAN);
CREATE OR REPLACE FUNCTION healdesk_signing_policy_set(p_partner UUID, p_required BOOLEAN, p_key_id TEXT,
                                                       p_set_at TIMESTAMPTZ, p_statement TEXT, p_signature TEXT)
    RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM healdesk_key_check_admin_key(p_key_id);
    IF NOT EXISTS (SELECT 1 FROM partners WHERE id = p_partner) THEN
        RAISE EXCEPTION 'no partner %', p_partner USING ERRCODE = 'HDK01';
    END IF;
    IF left(p_statement, 27) <> E'healdesk-signing-policy-v1\n'
       OR position(E'\npartner_id=' || p_partner::text || E'\nrequired='
                   || CASE WHEN p_required THEN 'yes' ELSE 'no' END || E'\n' IN p_statement) = 0
       OR position(E'\nkey_id=' || p_key_id || E'\n' IN p_statement) = 0 THEN
        RAISE EXCEPTION 'the statement is not this policy for partner %', p_partner USING ERRCODE = 'HDK01';
    END IF;
    PERFORM healdesk_key_check_statement(p_statement, 'healdesk-signing-policy-v1', p_key_id, p_signature, p_set_at);
    INSERT INTO healdesk_signing_policy (partner_id, required, set_at, signing_key_id, statement, signature)
    VALUES (p_partner, p_required, p_set_at, p_key_id, p_statement, p_signature)
    ON CONFLICT (partner_id) DO UPDATE
        SET required = EXCLUDED.required, set_at = EXCLUDED.set_at, set_by = session_user,
            signing_key_id = EXCLUDED.signing_key_id, statement = EXCLUDED.statement, signature = EXCLUDED.signature;
END;
$$;

-- The partners a login's key approval covers: '*' for a login that sees
-- every row (a superuser or one with BYPASSRLS), else its granted partners,
-- sorted, comma-separated. What an approval statement must name.
CREATE OR REPLACE FUNCTION healdesk_key_scope(p_login NAME) RETURNS TEXT
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_login AND (r.rolsuper OR r.rolbypassrls))
                THEN '*'
                ELSE coalesce((SELECT string_agg(g.partner_id::text, ',' ORDER BY g.partner_id::text)
                                 FROM healdesk_user_partners g WHERE g.login = p_login), '') END
$$;

-- Whether a partner scope ('*' or sorted partner IDs, comma-separated)
-- covers another: an admin approves keys for partners of their own only.
CREATE OR REPLACE FUNCTION healdesk_scope_covers(outer_scope TEXT, inner_scope TEXT) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT outer_scope = '*'
        OR (inner_scope <> '*' AND string_to_array(inner_scope, ',') <@ string_to_array(outer_scope, ','))
$$;

-- An approval statement names the key's public key, login, role and the
-- login's partner scope as they are now: an admin cannot widen a scope by
-- signing a statement the database would not write.
CREATE OR REPLACE FUNCTION healdesk_key_check_approval_fields(p_statement TEXT, p_public_key TEXT, p_login NAME,
                                                              p_role TEXT) RETURNS VOID
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF position(E'\npublic_key=' || p_public_key || E'\nlogin=' || p_login || E'\nrole=' || p_role
                || E'\npartners=' || healdesk_key_scope(p_login) || E'\n' IN p_statement) = 0 THEN
        RAISE EXCEPTION 'the approval statement does not name the key''s public key, login %, role % and partners %',
            p_login, p_role, healdesk_key_scope(p_login) USING ERRCODE = 'HDK01';
    END IF;
END;
$$;

REVOKE EXECUTE ON FUNCTION healdesk_key_register(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT),
    healdesk_key_approve(TEXT, TEXT, TIMESTAMPTZ, TIMESTAMPTZ, TEXT, TEXT),
    healdesk_key_bootstrap(TEXT, TIMESTAMPTZ, TIMESTAMPTZ, TEXT),
    healdesk_key_revoke(TEXT, TEXT, TIMESTAMPTZ, TEXT, TEXT, TEXT),
    healdesk_key_check_admin_key(TEXT),
    healdesk_signing_policy_set(UUID, BOOLEAN, TEXT, TIMESTAMPTZ, TEXT, TEXT),
    healdesk_key_scope(NAME) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION healdesk_key_register(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT),
    healdesk_key_check_admin_key(TEXT), healdesk_key_scope(NAME) TO healdesk_technician;
GRANT EXECUTE ON FUNCTION healdesk_key_approve(TEXT, TEXT, TIMESTAMPTZ, TIMESTAMPTZ, TEXT, TEXT),
    healdesk_key_revoke(TEXT, TEXT, TIMESTAMPTZ, TEXT, TEXT, TEXT),
    healdesk_signing_policy_set(UUID, BOOLEAN, TEXT, TIMESTAMPTZ, TEXT, TEXT) TO healdesk_admin;

-- The audit chain. Each row's hash is SHA-256 over its fields, each written
-- as its length in UTF-8 bytes, a colon and the text ("-" for NULL), after
-- the previous row's hash ("genesis" for the first). healdesk audit verify
-- recomputes the same text in C++.
CREATE OR REPLACE FUNCTION healdesk_audit_row_text(prev TEXT, id BIGINT, username TEXT, action TEXT, target TEXT,
                                                   details TEXT, created_us BIGINT, key_id TEXT, signature TEXT,
                                                   statement TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT string_agg(CASE WHEN f IS NULL THEN '-' ELSE octet_length(f) || ':' || f END, E'\n' ORDER BY n)
      FROM unnest(ARRAY[prev, id::text, username, action, target, details, created_us::text, key_id, signature,
                        statement]) WITH ORDINALITY AS u(f, n)
$$;

-- Serialised by a transaction lock, and the row takes its ID after the lock,
-- so IDs follow the chain. SECURITY DEFINER: the writer may not read
-- sequences or rows its policies hide.
CREATE OR REPLACE FUNCTION healdesk_audit_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7321, 1);
    NEW.id := nextval(pg_get_serial_sequence('admin_audit_log', 'id'));
    NEW.prev_hash := coalesce((SELECT l.row_hash FROM admin_audit_log l WHERE l.row_hash IS NOT NULL
                                ORDER BY l.id DESC LIMIT 1), 'genesis');
    NEW.row_hash := encode(sha256(convert_to(healdesk_audit_row_text(
        NEW.prev_hash, NEW.id, NEW.username, NEW.action, NEW.target, NEW.details::text,
        (extract(epoch FROM NEW.created_at) * 1000000)::bigint, NEW.signing_key_id, NEW.signature,
        NEW.signed_statement), 'UTF8')), 'hex');
    RETURN NEW;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_audit_chain BEFORE INSERT ON admin_audit_log
    FOR EACH ROW EXECUTE FUNCTION healdesk_audit_chain();
