-- Every data-health detector in one snapshot row. Unmapped runbook IDs come
-- from the rollups (all time), telemetry naming a site that does not exist
-- from the rollups' site rows and the queue, tier drift from the incidents'
-- maintained tier (0014): an incident whose worked-out tier is not its
-- recorded one got it from telemetry. Pending orders an execution matches
-- come from the kept pairs (0020). Telemetry naming an appliance or an
-- incident that does not exist comes from the orphan references (0017); a
-- login the row policies narrow counts both against the rows it may see (a
-- scan, and a telemetry probe per pending order).
WITH
--#include _scope_everything
--#include _rollup_bounds
--#include _rollup_spans
--#include _rollup_rows
, ids AS (
    SELECT r.runbook_id, sum(r.executions) AS executions
      FROM rolled r
     GROUP BY 1
    HAVING sum(r.executions) > 0
), unmapped AS (
    SELECT count(*) AS distinct_ids, coalesce(sum(executions), 0)::bigint AS executions
      FROM ids
     WHERE healdesk_canonical_runbook(runbook_id) IS NULL
), drift AS (
    SELECT count(*) FILTER (WHERE healdesk_normalise_tier(i.resolution_tier) IS NULL) AS missing,
           count(*) FILTER (WHERE healdesk_normalise_tier(i.resolution_tier) IS NOT NULL) AS mismatch
      FROM incidents i
     WHERE i.healdesk_tier <> coalesce(healdesk_normalise_tier(i.resolution_tier), 'none')
), orphan_site AS (
    SELECT coalesce(sum(x.n), 0)::bigint AS n
      FROM (SELECT r.executions AS n
              FROM healdesk_telemetry_rollup r
             WHERE r.grain = 'a' AND NOT r.fleet
               AND NOT EXISTS (SELECT 1 FROM sites s WHERE s.id = r.site_id)
            UNION ALL
            SELECT q.sign
              FROM healdesk_telemetry_delta q
             WHERE NOT EXISTS (SELECT 1 FROM sites s WHERE s.id = q.site_id)) x
)
SELECT unmapped.distinct_ids AS unmapped_distinct, unmapped.executions AS unmapped_executions,
       drift.missing AS tier_missing, drift.mismatch AS tier_mismatch,
       (SELECT count(*) FROM orders o
         WHERE o.status = 'pending' AND healdesk_order_deadline(o.issued_at, o.expires_at) < now()) AS stuck_pending,
       CASE WHEN row_security_active('healdesk_order_match') THEN
                 (SELECT count(*) FROM healdesk_order_matches m WHERE m.execution_id IS NOT NULL)
            ELSE (SELECT count(DISTINCT m.order_id) FROM healdesk_order_match m
                    JOIN orders o ON o.order_id = m.order_id
                   WHERE o.status = 'pending') END AS reconcilable,
       CASE WHEN row_security_active('healdesk_orphan_refs') THEN
                 (SELECT count(*) FROM execution_telemetry e
                   WHERE NOT EXISTS (SELECT 1 FROM appliances a WHERE a.id::text = e.appliance_id))
            ELSE (SELECT coalesce(sum(r.n), 0) FROM healdesk_orphan_refs r WHERE r.kind = 'appliance') END::bigint
           AS orphan_appliance,
       CASE WHEN row_security_active('healdesk_orphan_refs') THEN
                 (SELECT count(*) FROM execution_telemetry e
                   WHERE e.incident_id IS NOT NULL
                     AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id::text = e.incident_id))
            ELSE (SELECT coalesce(sum(r.n), 0) FROM healdesk_orphan_refs r WHERE r.kind = 'incident') END::bigint
           AS orphan_incident,
       orphan_site.n AS orphan_site,
       (SELECT count(*) FROM orders o WHERE o.status = 'rejected') AS orders_rejected
  FROM unmapped, drift, orphan_site
