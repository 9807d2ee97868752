-- Data health: the definitions the detectors and their fixes share, so the
-- counts a technician sees and the rows a fix changes can never disagree.

-- When a pending order stops waiting: its own expires_at, or, for orders from
-- before Healdesk (no TTL), one hour after it was issued (Healdesk's default TTL).
CREATE FUNCTION healdesk_order_deadline(issued_at TIMESTAMPTZ, expires_at TIMESTAMPTZ) RETURNS TIMESTAMPTZ
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(expires_at, issued_at + interval '1 hour')
$$;

-- The canonical runbook of a telemetry runbook ID: through runbook_id_mapping,
-- else an RB-* ID that exists; NULL when unmapped.
CREATE FUNCTION healdesk_canonical_runbook(telemetry_runbook TEXT) RETURNS TEXT
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce((SELECT m.runbook_id FROM runbook_id_mapping m WHERE m.l1_rule_id = telemetry_runbook),
                    (SELECT r.runbook_id FROM runbooks r WHERE r.runbook_id = telemetry_runbook))
$$;

-- Incidents whose normalised resolution_tier is missing or differs from the
-- tier of their latest execution with a known tier (latest as on every page:
-- coalesce(completed_at, started_at, created_at), then id).
CREATE VIEW healdesk_incident_tier_drift AS
SELECT i.id AS incident_id, i.resolution_tier AS recorded, healdesk_normalise_tier(i.resolution_tier) AS normalised,
       latest.tier AS telemetry_tier, latest.execution_id
  FROM incidents i
  JOIN LATERAL (
      SELECT healdesk_normalise_tier(e.resolution_level) AS tier, e.execution_id
        FROM execution_telemetry e
       WHERE e.incident_id = i.id::text
         AND healdesk_normalise_tier(e.resolution_level) IS NOT NULL
       ORDER BY coalesce(e.completed_at, e.started_at, e.created_at) DESC NULLS LAST, e.id DESC
       LIMIT 1
  ) latest ON true
 WHERE healdesk_normalise_tier(i.resolution_tier) IS DISTINCT FROM latest.tier;

-- Pending orders and the first execution that matches them: same appliance, a
-- runbook that resolves to the order's runbook, started at or after issued_at
-- and by the order's deadline. Only executions that name no other order count.
CREATE VIEW healdesk_order_matches AS
SELECT o.order_id, o.issued_at, healdesk_order_deadline(o.issued_at, o.expires_at) AS deadline,
       m.execution_id, m.success, m.started_at, m.completed_at, m.duration_seconds, m.error_message, m.resolution_level
  FROM orders o
  LEFT JOIN LATERAL (
      SELECT e.execution_id, e.success, e.started_at, e.completed_at, e.duration_seconds, e.error_message,
             e.resolution_level
        FROM execution_telemetry e
       WHERE e.appliance_id = o.appliance_id::text
         AND e.started_at >= o.issued_at
         AND e.started_at <= healdesk_order_deadline(o.issued_at, o.expires_at)
         AND (e.order_id IS NULL OR e.order_id = o.order_id)
         AND healdesk_canonical_runbook(e.runbook_id) = o.runbook_id
       ORDER BY e.started_at, e.id
       LIMIT 1
  ) m ON true
 WHERE o.status = 'pending';

CREATE INDEX execution_telemetry_appliance_started_idx ON execution_telemetry (appliance_id, started_at);

-- Configuration changes (the mapping, runbooks, per-appliance runbook settings,
-- L1 rules, patterns) move figures on many pages at once: one notification per
-- statement on healdesk_config, payload '*' (reload).
CREATE FUNCTION healdesk_notify_config() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_notify('healdesk_config', '*');
    RETURN NULL;
END;
$$;

CREATE TRIGGER healdesk_notify_mapping AFTER INSERT OR UPDATE OR DELETE ON runbook_id_mapping
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_notify_config();
CREATE TRIGGER healdesk_notify_runbooks AFTER INSERT OR UPDATE OR DELETE ON runbooks
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_notify_config();
CREATE TRIGGER healdesk_notify_runbook_config AFTER INSERT OR UPDATE OR DELETE ON appliance_runbook_config
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_notify_config();
CREATE TRIGGER healdesk_notify_l1_rules AFTER INSERT OR UPDATE OR DELETE ON l1_rules
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_notify_config();
CREATE TRIGGER healdesk_notify_patterns AFTER INSERT OR UPDATE OR DELETE ON patterns
    FOR EACH STATEMENT EXECUTE FUNCTION healdesk_notify_config();
