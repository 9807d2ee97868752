-- Executions in scope and period per telemetry runbook ID and appliance, with
-- the canonical runbook the ID resolves to (NULL: unmapped) and, when that goes
-- through runbook_id_mapping, the mapping row's target. The report works out
-- per-control activity, appliances reporting and the mapping rows it used from
-- these few rows, so the period's telemetry is read once.
WITH
--#include _scope
, by_raw AS (
    SELECT e.runbook_id AS raw_id, e.appliance_id, e.site_id, count(*) AS executions,
           count(*) FILTER (WHERE e.success) AS successes
      FROM scope sc
--#include _scoped_telemetry
     GROUP BY e.runbook_id, e.appliance_id, e.site_id
)
SELECT b.raw_id, b.appliance_id, b.site_id, b.executions, b.successes,
       healdesk_canonical_runbook(b.raw_id) AS canonical, m.runbook_id AS mapped_to
  FROM by_raw b
  LEFT JOIN runbook_id_mapping m ON m.l1_rule_id = b.raw_id
 ORDER BY b.raw_id, b.appliance_id
