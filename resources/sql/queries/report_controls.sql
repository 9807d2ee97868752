-- The HIPAA control matrix: every control named in runbooks.hipaa_controls,
-- the runbooks that cover it and their executions in scope and period,
-- resolved through the mapping. unhealed counts (appliance, runbook) pairs
-- whose most recent execution in the period failed.
WITH
--#include _scope
, resolved AS (
    SELECT coalesce(m.runbook_id, direct.runbook_id) AS canonical, e.appliance_id, e.success, e.started_at, e.id
      FROM scope sc
--#include _scoped_telemetry
--#include _resolved_telemetry
), per_runbook AS (
    SELECT canonical, count(*) AS executions, count(*) FILTER (WHERE success) AS successes,
           max(started_at) FILTER (WHERE success) AS last_success
      FROM resolved
     WHERE canonical IS NOT NULL
     GROUP BY canonical
), latest AS (
    SELECT DISTINCT ON (appliance_id, canonical) canonical, success
      FROM resolved
     WHERE canonical IS NOT NULL
     ORDER BY appliance_id, canonical, started_at DESC, id DESC
), unhealed AS (
    SELECT canonical, count(*) FILTER (WHERE NOT success) AS pairs
      FROM latest
     GROUP BY canonical
), covers AS (
    SELECT DISTINCT btrim(c) AS control, r.runbook_id
      FROM runbooks r
     CROSS JOIN LATERAL unnest(r.hipaa_controls) c
     WHERE btrim(c) <> ''
)
SELECT c.control, string_agg(c.runbook_id, ', ' ORDER BY c.runbook_id) AS runbooks,
       coalesce(sum(p.executions), 0)::bigint AS executions,
       coalesce(sum(p.successes), 0)::bigint AS successes,
       max(p.last_success) AS last_success,
       coalesce(sum(u.pairs), 0)::bigint AS unhealed
  FROM covers c
  LEFT JOIN per_runbook p ON p.canonical = c.runbook_id
  LEFT JOIN unhealed u ON u.canonical = c.runbook_id
 GROUP BY c.control
 ORDER BY c.control
