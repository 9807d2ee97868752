-- The deterministic fleet generator: a seed number in, the same rows out.
-- Statements are separated by lines starting with "-- @@"; a statement marked
-- "-- @@ requires TABLE" (or TABLE.COLUMN) runs only when that table (column) exists (so the same file
-- fills a legacy database and a migrated one). Every random choice is a hash of
-- (seed, purpose, row number), never random(), so row N is the same whatever
-- the size or the plan. Telemetry is written before incidents on purpose: the
-- tier trigger then finds no incident to update, and incidents keep their
-- legacy resolution_tier, defects included.
-- Parameters come from the temporary table gen_params made by the caller.

-- @@
CREATE OR REPLACE FUNCTION pg_temp.hd_r(seed BIGINT, salt TEXT, n BIGINT) RETURNS DOUBLE PRECISION
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ('x' || substr(md5(seed || ':' || salt || ':' || n), 1, 12))::bit(48)::bigint / 281474976710656.0 $$;

-- @@
CREATE OR REPLACE FUNCTION pg_temp.hd_uuid(seed BIGINT, salt TEXT, n BIGINT) RETURNS UUID
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT md5(seed || ':' || salt || ':' || n)::uuid $$;

-- @@ The catalogue: what drifts, which L1 rule heals it, which runbook it is.
CREATE TEMP TABLE gen_catalogue (
    k INT PRIMARY KEY, incident_type TEXT, check_type TEXT, platform TEXT, l1_rule TEXT, runbook TEXT,
    state_key TEXT, name TEXT, category TEXT, severity TEXT, controls TEXT[], disruptive BOOLEAN,
    enabled BOOLEAN, mapped BOOLEAN
) ON COMMIT DROP;

-- @@
INSERT INTO gen_catalogue VALUES
 (0, 'firewall_disabled', 'windows_firewall', 'windows', 'L1-FIREWALL-001', 'RB-WIN-SEC-001', 'firewall_enabled',
  'Re-enable Windows Defender Firewall', 'firewall', 'high', '{164.312(e)(1),164.308(a)(1)(ii)(B)}', false, true, true),
 (1, 'bitlocker_suspended', 'bitlocker', 'windows', 'L1-BITLOCKER-001', 'RB-WIN-SEC-002', 'bitlocker_protection_on',
  'Resume BitLocker protection', 'encryption', 'critical', '{164.312(a)(2)(iv),164.312(e)(2)(ii)}', false, true, true),
 (2, 'audit_policy_off', 'audit_policy', 'windows', 'L1-AUDIT-001', 'RB-WIN-SEC-003', 'audit_logging_enabled',
  'Restore audit policy', 'audit', 'high', '{164.312(b)}', false, true, true),
 (3, 'windows_update_stopped', 'windows_update', 'windows', 'L1-WINUPDATE-001', 'RB-WIN-SVC-001', 'wuauserv_running',
  'Restart Windows Update service', 'patching', 'medium', '{164.308(a)(5)(ii)(B)}', false, true, true),
 (4, 'defender_stopped', 'antivirus', 'windows', 'L1-DEFENDER-001', 'RB-WIN-SVC-002', 'defender_running',
  'Restart Microsoft Defender antivirus', 'malware', 'high', '{164.308(a)(5)(ii)(B)}', false, true, true),
 (5, 'stale_local_account', 'local_accounts', 'windows', 'L1-ACCT-001', 'RB-WIN-ACCT-001', 'stale_accounts',
  'Disable stale local accounts', 'access', 'medium', '{164.308(a)(3)(ii)(C),164.312(a)(1)}', false, true, true),
 (6, 'screen_lock_off', 'screen_lock', 'windows', 'L1-SCREENLOCK-001', 'RB-WIN-ACCT-002', 'screen_lock_minutes',
  'Enforce screen lock after inactivity', 'access', 'medium', '{164.312(a)(2)(iii)}', false, true, true),
 (7, 'backup_failed', 'backup', 'windows', 'L1-BACKUP-001', 'RB-WIN-BKP-001', 'last_backup_ok',
  'Re-run failed backup job', 'backup', 'high', '{164.308(a)(7)(ii)(A)}', true, true, true),
 (8, 'empty_password_account', 'linux_accounts', 'linux', 'L1-LIN-ACCT-001', 'RB-LIN-ACCT-001', 'empty_password_accounts',
  'Lock accounts with empty passwords', 'access', 'critical', '{164.312(a)(1),164.312(d)}', false, true, true),
 (9, 'ssh_root_login', 'sshd_config', 'linux', 'L1-LIN-SSH-001', 'RB-LIN-SSH-001', 'permit_root_login',
  'Harden sshd configuration', 'access', 'high', '{164.312(e)(1),164.312(d)}', true, true, true),
 (10, 'auditd_stopped', 'auditd', 'linux', 'L1-LIN-AUDIT-001', 'RB-LIN-AUD-001', 'auditd_running',
  'Restart auditd', 'audit', 'high', '{164.312(b)}', false, true, true),
 (11, 'nftables_flushed', 'linux_firewall', 'linux', 'L1-LIN-FW-001', 'RB-LIN-FW-001', 'ruleset_loaded',
  'Restore nftables ruleset', 'firewall', 'high', '{164.312(e)(1)}', false, true, true),
 (12, 'security_updates_pending', 'linux_patching', 'linux', 'L1-LIN-PATCH-001', 'RB-LIN-PATCH-001', 'pending_security_updates',
  'Apply security updates', 'patching', 'medium', '{164.308(a)(5)(ii)(B)}', true, true, false),
 (13, 'usb_storage_enabled', 'usb_storage', 'windows', 'L1-USB-001', 'RB-WIN-SEC-004', 'usb_storage_blocked',
  'Block USB mass storage', 'device', 'medium', '{164.310(d)(1)}', false, true, false),
 (14, 'legacy_tls_enabled', 'tls_protocols', 'windows', 'L1-TLS-001', 'RB-NET-TLS-001', 'tls10_enabled',
  'Disable legacy TLS protocols', 'encryption', 'medium', '{164.312(e)(2)(ii)}', false, true, true),
 (15, 'event_log_retention_short', 'event_log', 'windows', 'L1-EVTLOG-001', 'RB-WIN-LOG-001', 'retention_days',
  'Increase event log retention', 'audit', 'low', '{164.312(b),164.316(b)(2)(i)}', false, false, true);

-- @@
INSERT INTO partners (id, name)
SELECT pg_temp.hd_uuid(p.seed, 'partner', n),
       (ARRAY['Northwind MSP', 'Bluecrest IT', 'Harbor Health IT', 'Summit Managed Services', 'Cedar Ridge Tech',
              'Lakeside Networks', 'Granite Compliance', 'Riverbend IT'])[1 + (n - 1) % 8]
       || CASE WHEN n > 8 THEN ' ' || ((n - 1) / 8 + 1) ELSE '' END
  FROM gen_params p, generate_series(1, p.partners) n;

-- @@ Sites, numbered 1..sites, kept in a scratch table by number.
CREATE TEMP TABLE gen_sites ON COMMIT DROP AS
SELECT n, format('%s-%s-%s', kind, lower(city), lpad(n::text, 3, '0')) AS id,
       format('%s %s %s', city, initcap(replace(kind, '-', ' ')),
              (ARRAY['Center', 'Practice', 'Group', 'Associates'])[1 + n % 4]) AS name,
       -- One site in twelve was created before partners existed and has none.
       CASE WHEN n % 12 = 7 THEN NULL ELSE pg_temp.hd_uuid(p.seed, 'partner', 1 + (n - 1) % p.partners) END AS partner_id,
       p.anchor - make_interval(days => 200 + n % 300) AS created_at
  FROM gen_params p, generate_series(1, p.sites) n,
       LATERAL (SELECT (ARRAY['Springfield', 'Riverside', 'Fairview', 'Maplewood', 'Oakdale', 'Brookside', 'Lakeview',
                              'Hillcrest', 'Westfield', 'Greenville', 'Ashford', 'Kingsport'])[1 + (n * 7) % 12] AS city,
                       (ARRAY['clinic', 'dental', 'pediatrics', 'family-care', 'imaging', 'physio'])[1 + n % 6] AS kind) x;

-- @@
INSERT INTO sites (id, name, partner_id, created_at)
SELECT id, name, partner_id, created_at FROM gen_sites;

-- @@ Appliances, numbered 1..sites*appliances_per_site, kept in a scratch table by number.
CREATE TEMP TABLE gen_apps ON COMMIT DROP AS
SELECT (s.n - 1) * p.appliances_per_site + k AS app_n,
       pg_temp.hd_uuid(p.seed, 'appliance', (s.n - 1) * p.appliances_per_site + k) AS id, s.id AS site_id,
       s.id || '-hd' || lpad(k::text, 2, '0') AS hostname,
       CASE WHEN pg_temp.hd_r(p.seed, 'platform', (s.n - 1) * p.appliances_per_site + k) < 0.7
            THEN 'windows' ELSE 'linux' END AS platform
  FROM gen_params p, gen_sites s, generate_series(1, p.appliances_per_site) k;

-- @@
CREATE UNIQUE INDEX ON gen_apps (app_n);

-- @@
INSERT INTO appliances (id, site_id, hostname, agent_version, last_checkin, created_at)
SELECT g.id, g.site_id, g.hostname,
       CASE WHEN r.v < 0.04 THEN NULL
            ELSE (ARRAY['2.4.1', '2.4.3', '2.5.0', '2.5.2', '2.5.2', '2.6.0'])[1 + floor(r.v * 6)::int] END,
       CASE WHEN r.c < 0.70 THEN p.anchor - make_interval(secs => 5 + floor(r.c * 340))
            WHEN r.c < 0.80 THEN p.anchor - make_interval(secs => 310 + floor((r.c - 0.70) * 5800))
            WHEN r.c < 0.96 THEN p.anchor - make_interval(mins => 20 + floor((r.c - 0.80) * 60000)::int)
            ELSE NULL END,
       p.anchor - make_interval(days => 30 + g.app_n % 150)
  FROM gen_params p, gen_apps g,
       LATERAL (SELECT pg_temp.hd_r(p.seed, 'version', g.app_n) AS v, pg_temp.hd_r(p.seed, 'checkin', g.app_n) AS c) r;

-- @@
INSERT INTO appliance_provisions (id, site_id, mac_address, appliance_id, provisioned_at)
SELECT pg_temp.hd_uuid(p.seed, 'provision', g.app_n), g.site_id,
       upper(regexp_replace(substr(md5(p.seed || ':mac:' || g.app_n), 1, 12), '(..)(?!$)', '\1:', 'g')),
       g.id, p.anchor - make_interval(days => 31 + g.app_n % 150)
  FROM gen_params p, gen_apps g;

-- @@
INSERT INTO runbooks (id, runbook_id, name, description, category, severity, hipaa_controls, steps, enabled, is_disruptive)
SELECT pg_temp.hd_uuid(p.seed, 'runbook', c.k), c.runbook, c.name,
       'Detects ' || replace(c.incident_type, '_', ' ') || ' and restores the compliant setting.',
       c.category, c.severity, c.controls,
       jsonb_build_array(jsonb_build_object('step', 1, 'action', 'detect', 'check', c.check_type),
                         jsonb_build_object('step', 2, 'action', 'remediate', 'target', c.state_key),
                         jsonb_build_object('step', 3, 'action', 'verify', 'check', c.check_type)),
       c.enabled, c.disruptive
  FROM gen_params p, gen_catalogue c;

-- @@ requires healdesk_runbook_parameters
-- Two runbooks describe their parameters, so the order dialog shows them as forms.
INSERT INTO healdesk_runbook_parameters (runbook_id, schema, set_at, set_by)
SELECT s.runbook, s.schema::json, p.anchor - make_interval(days => 20), 'healdesk'
  FROM gen_params p, (VALUES
    ('RB-WIN-BKP-001', '{"type": "object", "properties": {
        "job": {"type": "string", "enum": ["nightly", "weekly", "all"], "default": "nightly",
                "description": "Which backup job to run again"},
        "verify": {"type": "boolean", "default": true, "description": "Restore-test one file afterwards"},
        "timeout_s": {"type": "integer", "minimum": 60, "maximum": 14400, "default": 3600,
                      "description": "Seconds before the run is given up"}}}'),
    ('RB-WIN-ACCT-002', '{"type": "object", "properties": {
        "lock_after_min": {"type": "integer", "minimum": 1, "maximum": 15, "default": 10,
                           "description": "Minutes of inactivity before the screen locks (HIPAA: at most 15)"},
        "ticket": {"type": "string", "pattern": "^CHG-[0-9]+$", "description": "The change ticket, e.g. CHG-1042"}},
        "required": ["ticket"]}')
  ) AS s (runbook, schema);

-- @@
INSERT INTO l1_rules (rule_id, pattern_signature, incident_type, enabled, created_at)
SELECT c.l1_rule, c.check_type || ':' || c.state_key || ':drift', c.incident_type, c.k <> 13,
       p.anchor - make_interval(days => 400 - c.k)
  FROM gen_params p, gen_catalogue c;

-- @@ requires runbook_id_mapping
INSERT INTO runbook_id_mapping (l1_rule_id, runbook_id, created_at)
SELECT c.l1_rule, c.runbook, p.anchor - make_interval(days => 10)
  FROM gen_params p, gen_catalogue c
 WHERE c.mapped AND p.with_mapping;

-- @@
INSERT INTO appliance_runbook_config (appliance_id, runbook_id, enabled)
SELECT g.id, c.runbook, pg_temp.hd_r(p.seed, 'cfg-on', g.app_n * 100 + c.k) < 0.5
  FROM gen_params p, gen_apps g, gen_catalogue c
 WHERE pg_temp.hd_r(p.seed, 'cfg', g.app_n * 100 + c.k) < 0.03;

-- @@
INSERT INTO patterns (pattern_id, pattern_signature, incident_type, status, occurrences, success_rate, first_seen, last_seen)
SELECT 'PAT-' || substr(md5(p.seed || ':pattern:' || n), 1, 8),
       'drift:' || c.check_type || ':' || n, c.incident_type,
       (ARRAY['pending', 'approved', 'promoted', 'rejected'])[1 + n % 4],
       5 + floor(pg_temp.hd_r(p.seed, 'pat-occ', n) * 400)::int,
       round((0.5 + pg_temp.hd_r(p.seed, 'pat-ok', n) * 0.5)::numeric, 3),
       p.anchor - make_interval(days => 60 + n), p.anchor - make_interval(days => n % 20)
  FROM gen_params p, generate_series(1, 12) n, gen_catalogue c
 WHERE c.k = n % 16;

-- @@
INSERT INTO aggregated_pattern_stats (pattern_signature, site_id, total_occurrences, success_count,
                                      avg_resolution_seconds, last_seen)
SELECT pt.pattern_signature, s.id, 3 + (length(s.id) * 7 + pt.occurrences) % 50,
       2 + (length(s.id) * 5 + pt.occurrences) % 30 / 2, 4.5 + (pt.occurrences % 40), pt.last_seen
  FROM patterns pt, (SELECT id FROM sites ORDER BY id LIMIT 5) s;

-- @@ Orders: in the production system every order stays pending; a few were completed by hand.
INSERT INTO orders (id, order_id, appliance_id, runbook_id, parameters, status, issued_at, completed_at, result)
SELECT pg_temp.hd_uuid(p.seed, 'order', n), format('ORD-%s-%s', p.seed, lpad(n::text, 6, '0')), g.id, c.runbook,
       CASE WHEN n % 5 = 0 THEN jsonb_build_object('force', true) ELSE '{}'::jsonb END,
       CASE WHEN r.s < 0.85 THEN 'pending' ELSE 'completed' END,
       p.anchor - make_interval(mins => 30 + floor(r.t * p.days * 1440)::int),
       CASE WHEN r.s < 0.85 THEN NULL
            ELSE p.anchor - make_interval(mins => 25 + floor(r.t * p.days * 1440)::int) END,
       CASE WHEN r.s < 0.85 THEN NULL ELSE jsonb_build_object('note', 'closed manually') END
  FROM gen_params p, generate_series(1, p.orders) n,
       LATERAL (SELECT pg_temp.hd_r(p.seed, 'ord-s', n) AS s, pg_temp.hd_r(p.seed, 'ord-t', n) AS t,
                       1 + floor(pg_temp.hd_r(p.seed, 'ord-ap', n) * (p.sites * p.appliances_per_site))::bigint AS ap,
                       floor(pg_temp.hd_r(p.seed, 'ord-rb', n) * 15)::int AS k) r,
       gen_apps g, gen_catalogue c
 WHERE g.app_n = r.ap AND c.k = r.k;

-- @@ What belongs to an incident, worked out once: its appliance, kind, true tier, outcome and time.
-- Telemetry rows and the incident rows both read it, so the two always agree.
CREATE TEMP TABLE gen_incidents ON COMMIT DROP AS
SELECT i,
       1 + floor(pg_temp.hd_r(p.seed, 'inc-ap', i) * (p.sites * p.appliances_per_site))::bigint AS ap,
       floor(pg_temp.hd_r(p.seed, 'inc-type', i) * 15)::int AS k,
       pg_temp.hd_r(p.seed, 'inc-tier', i) AS tr,
       pg_temp.hd_r(p.seed, 'inc-ok', i) AS okr,
       p.anchor - make_interval(mins => 120 + floor(pg_temp.hd_r(p.seed, 'inc-t', i) * p.days * 1440)::int) AS reported
  FROM gen_params p, generate_series(1, p.incidents) i;

-- @@
CREATE UNIQUE INDEX ON gen_incidents (i);

-- @@
ANALYZE gen_incidents;

-- @@ Bulk load: the secondary indexes of execution_telemetry are dropped here and built again after
-- the insert (one sorted build each instead of ten million random insertions). Their exact
-- definitions are kept and replayed, inside this same transaction.
CREATE TEMP TABLE gen_saved_indexes ON COMMIT DROP AS
SELECT i.indexname, i.indexdef
  FROM pg_indexes i
 WHERE i.schemaname = 'public' AND i.tablename = 'execution_telemetry'
   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname);

-- @@
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT indexname FROM gen_saved_indexes LOOP
        EXECUTE format('DROP INDEX public.%I', r.indexname);
    END LOOP;
END $$;

-- @@ A partitioned telemetry table (0019) gets the partitions of the generated months first, so
-- the rows land in them rather than in the default partition.
DO $$
BEGIN
    IF to_regproc('healdesk_telemetry_partitions_ensure') IS NOT NULL THEN
        PERFORM healdesk_telemetry_partitions_ensure(p.anchor - make_interval(days => p.days + 1), p.anchor + interval '1 day')
           FROM gen_params p;
    END IF;
END $$;

-- @@ The row triggers on telemetry (tier sync, order completion) cannot act on generated rows
-- (incidents come later, no row names an order) and would only slow ten million inserts; the
-- table stays locked by this transaction until they are back on, so no other writer is affected.
ALTER TABLE execution_telemetry DISABLE TRIGGER USER;

-- @@ Telemetry. Row n belongs to incident i = 1 + (n-1) % incidents as attempt a = (n-1) / incidents;
-- earlier attempts are L1 re-runs, the last one carries the incident's real tier.
INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, runbook_id, hostname, platform,
                                 incident_type, started_at, completed_at, duration_seconds, success, resolution_level,
                                 state_before, state_after, executed_steps, error_message, created_at)
SELECT format('exec-%s-%s', p.seed, n),
       CASE WHEN x.orph < 0.03 THEN NULL
            WHEN x.orph < 0.04 THEN pg_temp.hd_uuid(p.seed, 'ghost-incident', n)::text
            ELSE pg_temp.hd_uuid(p.seed, 'incident', x.i)::text END,
       CASE WHEN x.orph > 0.998 THEN 'decommissioned-site' ELSE g.site_id END,
       CASE WHEN x.orph > 0.998 THEN pg_temp.hd_uuid(p.seed, 'ghost-appliance', n)::text ELSE g.id::text END,
       CASE t.tier
            WHEN 'L1' THEN c.l1_rule
            WHEN 'L2' THEN CASE WHEN x.rb < 0.6 THEN c.runbook ELSE c.l1_rule END
            WHEN 'L3' THEN CASE WHEN x.rb < 0.5 THEN c.runbook ELSE 'ESCALATE-HUMAN' END
            ELSE CASE WHEN x.rb < 0.5 THEN lower(c.l1_rule) ELSE c.l1_rule END END,
       g.hostname, g.platform, c.incident_type,
       x.started, x.started + make_interval(secs => d.secs), CASE WHEN x.rb > 0.995 THEN NULL ELSE d.secs END,
       t.ok,
       CASE WHEN t.tier = 'unknown' THEN (ARRAY[NULL, 'L4', 'auto', ''])[1 + floor(x.spell * 4)::int]
            WHEN x.spell < 0.02 THEN lower(t.tier)
            WHEN x.spell < 0.03 THEN ' ' || t.tier || ' '
            ELSE t.tier END,
       jsonb_build_object(c.state_key, false, 'checked_by', 'agent'),
       jsonb_build_object(c.state_key, t.ok, 'checked_by', 'agent', 'tier', t.tier),
       jsonb_build_array('detect ' || c.check_type,
                         CASE t.tier WHEN 'L1' THEN 'apply rule ' || c.l1_rule
                                     WHEN 'L2' THEN 'execute LLM plan for ' || c.runbook
                                     ELSE 'escalate to on-call technician' END,
                         'verify ' || c.state_key),
       CASE WHEN t.ok THEN NULL
            ELSE (ARRAY['verification failed: setting reverted by group policy', 'timeout waiting for service',
                        'access denied', 'plan rejected by safety check'])[1 + floor(x.rb * 4)::int] END,
       x.started + make_interval(secs => d.secs + 2)
  FROM gen_params p, generate_series(1, p.telemetry) n,
       LATERAL (SELECT 1 + (n - 1) % p.incidents AS i, (n - 1) / p.incidents AS a,
                       (p.telemetry - 1 - (n - 1) % p.incidents) / p.incidents AS last_a,
                       pg_temp.hd_r(p.seed, 'orphan', n) AS orph, pg_temp.hd_r(p.seed, 'rb', n) AS rb,
                       pg_temp.hd_r(p.seed, 'spell', n) AS spell) y,
       gen_incidents ii,
       LATERAL (SELECT y.*, ii.reported + make_interval(mins => (1 + y.a * 7)::int) AS started) x,
       LATERAL (SELECT CASE WHEN x.a < x.last_a THEN 'L1'
                            WHEN ii.tr < 0.78 THEN 'L1' WHEN ii.tr < 0.95 THEN 'L2'
                            WHEN ii.tr < 0.99 THEN 'L3' ELSE 'unknown' END AS tier,
                       -- Earlier attempts are L1 re-runs after the drift came back; most succeed.
                       CASE WHEN x.a < x.last_a THEN pg_temp.hd_r(p.seed, 'rerun-ok', n) < 0.9
                            ELSE ii.okr < CASE WHEN ii.tr < 0.78 THEN 0.95 WHEN ii.tr < 0.95 THEN 0.85
                                               WHEN ii.tr < 0.99 THEN 0.6 ELSE 0.5 END END AS ok) t,
       LATERAL (SELECT round((CASE t.tier WHEN 'L1' THEN 1 + x.rb * 29 WHEN 'L2' THEN 20 + x.rb * 220
                                           WHEN 'L3' THEN 600 + x.rb * 6600 ELSE 5 + x.rb * 60 END)::numeric, 3)::float8 AS secs) d,
       gen_apps g, gen_catalogue c
 WHERE ii.i = y.i AND g.app_n = ii.ap AND c.k = ii.k;

-- @@
ALTER TABLE execution_telemetry ENABLE TRIGGER USER;

-- @@
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT indexdef FROM gen_saved_indexes ORDER BY indexname LOOP
        -- A partitioned table's index is shown as ON ONLY; built again, it covers every partition.
        EXECUTE replace(r.indexdef, ' ON ONLY ', ' ON ');
    END LOOP;
END $$;

-- @@ Incidents, written after telemetry so their legacy tiers stay as production has them:
-- L2 never recorded, some lower-case, a few simply wrong.
INSERT INTO incidents (id, appliance_id, incident_type, severity, check_type, details, resolution_tier, status,
                       reported_at, resolved_at)
SELECT pg_temp.hd_uuid(p.seed, 'incident', r.i), g.id, c.incident_type,
       CASE WHEN r.sev < 0.004 THEN 'urgent'
            ELSE (ARRAY['low', 'medium', 'medium', 'high', 'high', 'critical'])[1 + floor(r.sev * 6)::int] END,
       CASE WHEN r.sev > 0.99 THEN NULL ELSE c.check_type END,
       jsonb_build_object('check', c.check_type, 'expected', c.state_key, 'hostname', g.hostname),
       CASE WHEN NOT r.has_telemetry THEN NULL
            WHEN r.tier = 'L1' THEN CASE WHEN r.spell < 0.04 THEN 'l1' WHEN r.spell < 0.07 THEN NULL ELSE 'L1' END
            WHEN r.tier = 'L2' THEN CASE WHEN r.spell < 0.03 THEN 'L1' ELSE NULL END
            WHEN r.tier = 'L3' THEN 'L3'
            ELSE NULL END,
       CASE WHEN NOT r.has_telemetry THEN 'open'
            WHEN r.ok THEN 'resolved'
            WHEN r.tier = 'L3' THEN 'escalated'
            ELSE 'open' END,
       r.reported,
       -- Resolved after its last execution ended (attempt last_a starts 1 + 7 * last_a minutes after the
       -- report and runs at most 30 s on L1, 240 s on L2, 7200 s on L3); then time to resolve grows with
       -- the tier: minutes for L1, up to an hour for L2, hours for L3.
       CASE WHEN r.has_telemetry AND r.ok
            THEN r.reported + make_interval(mins => (1 + 7 * r.last_a)::int)
                 + make_interval(secs => CASE r.tier WHEN 'L1' THEN 30 + r.res * 600
                                                     WHEN 'L2' THEN 300 + r.res * 3300
                                                     ELSE 7200 + r.res * 28800 END) END
  FROM gen_params p, gen_incidents gi,
       LATERAL (SELECT gi.i, gi.ap, gi.k, gi.tr, gi.okr, gi.reported,
                       pg_temp.hd_r(p.seed, 'inc-sev', gi.i) AS sev, pg_temp.hd_r(p.seed, 'inc-spell', gi.i) AS spell,
                       pg_temp.hd_r(p.seed, 'inc-resolve', gi.i) AS res,
                       (p.telemetry - gi.i) / p.incidents AS last_a,
                       gi.i <= p.telemetry AS has_telemetry) q,
       LATERAL (SELECT q.*, CASE WHEN q.tr < 0.78 THEN 'L1' WHEN q.tr < 0.95 THEN 'L2'
                                 WHEN q.tr < 0.99 THEN 'L3' ELSE 'unknown' END AS tier,
                       q.okr < CASE WHEN q.tr < 0.78 THEN 0.95 WHEN q.tr < 0.95 THEN 0.85
                                    WHEN q.tr < 0.99 THEN 0.6 ELSE 0.5 END AS ok) r,
       gen_apps g, gen_catalogue c
 WHERE g.app_n = r.ap AND c.k = r.k;

-- @@ requires orders.issued_by
-- The audit trail tells the same story as the rows it names. The most recent orders (up to 40)
-- were issued through Healdesk by a named technician: they carry the actor and reason, and each has
-- its order.issue entry by that actor at the moment it was issued, with the details Healdesk records.
-- Older orders come from before Healdesk: no actor, no entry.
UPDATE orders o
   SET issued_by = (ARRAY['alice.tech', 'bob.admin', 'carol.tech'])[1 + x.n % 3], reason = 'routine maintenance'
  FROM (SELECT id, row_number() OVER (ORDER BY issued_at DESC, order_id) AS n FROM orders) x, gen_params p
 WHERE x.id = o.id AND x.n <= least(p.orders, 40);

-- @@ requires orders.issued_by
INSERT INTO admin_audit_log (username, action, target, details, created_at)
SELECT o.issued_by, 'order.issue', o.order_id,
       jsonb_build_object('appliance_id', a.id, 'hostname', a.hostname, 'site_id', a.site_id,
                          'runbook_id', o.runbook_id, 'reason', o.reason, 'parameters', o.parameters),
       o.issued_at
  FROM orders o
  JOIN appliances a ON a.id = o.appliance_id
 WHERE o.issued_by IS NOT NULL;

-- @@ requires runbook_id_mapping
-- The mapping rows were set by an admin when they were made: mapping.set names the telemetry ID.
INSERT INTO admin_audit_log (username, action, target, details, created_at)
SELECT 'bob.admin', 'mapping.set', m.l1_rule_id,
       jsonb_build_object('runbook_id', m.runbook_id, 'executions', 0, 'origin', 'manual'), m.created_at
  FROM runbook_id_mapping m;

-- @@ The rollup, orphan and key triggers were off with the others: build the rollups, the orphan
-- references and the telemetry keys from the rows now (a legacy database without them has
-- nothing to build). Order matches need nothing: orders come after telemetry, and their own
-- trigger matches them.
DO $$
DECLARE
    f TEXT;
BEGIN
    FOREACH f IN ARRAY ARRAY['healdesk_rollup_rebuild', 'healdesk_orphan_refs_rebuild',
                             'healdesk_telemetry_keys_rebuild'] LOOP
        IF to_regproc(f) IS NOT NULL THEN
            EXECUTE format('SELECT %I()', f);
        END IF;
    END LOOP;
END $$;
