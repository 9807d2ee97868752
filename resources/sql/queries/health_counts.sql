-- Every data-health detector in one snapshot row, reading telemetry once:
-- per telemetry runbook ID, its executions and its orphan rows (appliance_id,
-- incident_id when set, site_id matching no row, counted per column), then
-- which IDs resolve to no runbook; the tier drift view once for both counts.
WITH per_id AS (
    SELECT e.runbook_id, count(*) AS executions,
           count(*) FILTER (WHERE a.id IS NULL) AS orphan_appliance,
           count(*) FILTER (WHERE e.incident_id IS NOT NULL AND i.id IS NULL) AS orphan_incident,
           count(*) FILTER (WHERE s.id IS NULL) AS orphan_site
      FROM execution_telemetry e
      LEFT JOIN appliances a ON a.id::text = e.appliance_id
      LEFT JOIN incidents i ON i.id::text = e.incident_id
      LEFT JOIN sites s ON s.id = e.site_id
     GROUP BY e.runbook_id
), ids AS (
    SELECT p.*, healdesk_canonical_runbook(p.runbook_id) IS NULL AS unmapped FROM per_id p
), drift AS (
    SELECT count(*) FILTER (WHERE d.normalised IS NULL) AS missing,
           count(*) FILTER (WHERE d.normalised IS NOT NULL) AS mismatch
      FROM healdesk_incident_tier_drift d
)
SELECT (SELECT count(*) FROM ids WHERE unmapped) AS unmapped_distinct,
       (SELECT coalesce(sum(executions), 0) FROM ids WHERE unmapped)::bigint AS unmapped_executions,
       drift.missing, drift.mismatch,
       (SELECT count(*) FROM orders o
         WHERE o.status = 'pending' AND healdesk_order_deadline(o.issued_at, o.expires_at) < now()) AS stuck_pending,
       (SELECT count(*) FROM healdesk_order_matches m WHERE m.execution_id IS NOT NULL) AS reconcilable,
       (SELECT coalesce(sum(orphan_appliance), 0) FROM ids)::bigint AS orphan_appliance,
       (SELECT coalesce(sum(orphan_incident), 0) FROM ids)::bigint AS orphan_incident,
       (SELECT coalesce(sum(orphan_site), 0) FROM ids)::bigint AS orphan_site
  FROM drift
