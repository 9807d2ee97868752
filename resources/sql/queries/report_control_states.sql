-- The compliance state of every (appliance in scope, HIPAA control) pair as of
-- :as_of::timestamptz. A control is covered by the runbooks whose hipaa_controls name it; a
-- telemetry runbook ID counts for it when it resolves to one of them
-- (healdesk_canonical_runbook). latest_* is the pair's latest covering
-- execution that started before :as_of::timestamptz (ties: the highest id); NULL when there
-- is none. For a pair whose latest execution failed, failing_since is the start
-- of the first covering execution after its last success before :as_of::timestamptz.
-- Each (appliance, telemetry ID) is one backward probe of
-- execution_telemetry_appliance_runbook_started_idx.
WITH
--#include _scope
, apps AS (
    SELECT a.id::text AS appliance_id, a.hostname, a.site_id
      FROM appliances a
     CROSS JOIN scope sc
     WHERE sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids)
), covers AS (
    SELECT DISTINCT btrim(c) AS control, r.runbook_id
      FROM runbooks r
     CROSS JOIN LATERAL unnest(r.hipaa_controls) c
     WHERE btrim(c) <> ''
), raw_ids AS (
    SELECT DISTINCT u.raw_id, cv.control
      FROM (SELECT runbook_id AS raw_id FROM runbooks UNION SELECT l1_rule_id FROM runbook_id_mapping) u
      JOIN covers cv ON cv.runbook_id = healdesk_canonical_runbook(u.raw_id)
), latest_raw AS (
    SELECT a.appliance_id, r.raw_id, t.id, t.started_at, t.success
      FROM apps a
     CROSS JOIN (SELECT DISTINCT raw_id FROM raw_ids) r
     CROSS JOIN LATERAL (
        SELECT t.id, t.started_at, t.success
          FROM execution_telemetry t
         WHERE t.appliance_id = a.appliance_id AND t.runbook_id = r.raw_id AND t.started_at < :as_of::timestamptz
         ORDER BY t.started_at DESC, t.id DESC
         LIMIT 1) t
), latest AS (
    SELECT DISTINCT ON (l.appliance_id, r.control) l.appliance_id, r.control, l.started_at, l.success
      FROM latest_raw l
      JOIN raw_ids r ON r.raw_id = l.raw_id
     ORDER BY l.appliance_id, r.control, l.started_at DESC, l.id DESC
)
SELECT a.site_id, a.appliance_id, a.hostname, c.control, l.started_at AS latest_at, l.success AS latest_success,
       f.failing_since
  FROM apps a
 CROSS JOIN (SELECT DISTINCT control FROM covers) c
  LEFT JOIN latest l ON l.appliance_id = a.appliance_id AND l.control = c.control
  LEFT JOIN LATERAL (
    SELECT min(t.started_at) AS failing_since
      FROM raw_ids r
      JOIN execution_telemetry t ON t.appliance_id = a.appliance_id AND t.runbook_id = r.raw_id
     WHERE l.success IS FALSE
       AND r.control = c.control
       AND t.started_at < :as_of::timestamptz
       AND t.started_at > coalesce((SELECT max(s.started_at)
                                      FROM raw_ids r2
                                      JOIN execution_telemetry s
                                        ON s.appliance_id = a.appliance_id AND s.runbook_id = r2.raw_id
                                     WHERE r2.control = c.control AND s.success AND s.started_at < :as_of::timestamptz),
                                   '-infinity'::timestamptz)
  ) f ON true
 ORDER BY a.site_id, a.hostname, a.appliance_id, c.control
