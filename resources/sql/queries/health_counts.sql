-- Every data-health detector in one snapshot row. Orphans are counted per
-- column: appliance_id, incident_id (when set) and site_id that match no row.
SELECT
    (SELECT count(DISTINCT e.runbook_id) FROM execution_telemetry e
      WHERE healdesk_canonical_runbook(e.runbook_id) IS NULL) AS unmapped_distinct,
    (SELECT count(*) FROM execution_telemetry e
      WHERE healdesk_canonical_runbook(e.runbook_id) IS NULL) AS unmapped_executions,
    (SELECT count(*) FROM healdesk_incident_tier_drift d WHERE d.normalised IS NULL) AS tier_missing,
    (SELECT count(*) FROM healdesk_incident_tier_drift d WHERE d.normalised IS NOT NULL) AS tier_mismatch,
    (SELECT count(*) FROM orders o
      WHERE o.status = 'pending' AND healdesk_order_deadline(o.issued_at, o.expires_at) < now()) AS stuck_pending,
    (SELECT count(*) FROM healdesk_order_matches m WHERE m.execution_id IS NOT NULL) AS reconcilable,
    (SELECT count(*) FROM execution_telemetry e
      WHERE NOT EXISTS (SELECT 1 FROM appliances a WHERE a.id::text = e.appliance_id)) AS orphan_appliance,
    (SELECT count(*) FROM execution_telemetry e
      WHERE e.incident_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id::text = e.incident_id)) AS orphan_incident,
    (SELECT count(*) FROM execution_telemetry e
      WHERE NOT EXISTS (SELECT 1 FROM sites s WHERE s.id = e.site_id)) AS orphan_site
