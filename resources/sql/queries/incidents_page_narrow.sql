-- incidents_page for a filter that names an appliance or a few sites:
-- takes each matching appliance's newest incidents through the
-- (appliance_id, reported_at) index and merges them, instead of reading the
-- whole fleet's newest incidents until enough belong to the scope (400 ms for
-- one site of the 10M fleet). Same binds, same rows.
WITH
--#include _scope
, f AS (SELECT :appliance::text AS appliance, :severity::text AS severity, :status::text AS status,
               :tier::text AS tier, :search::text AS search, :owner::text AS owner)
, k AS (SELECT :after_us::bigint AS after_given,
              timestamptz 'epoch' + :after_us::bigint * interval '1 microsecond' AS after_at,
              :after_id::uuid AS after_id, :through_us::bigint AS through_given,
              timestamptz 'epoch' + :through_us::bigint * interval '1 microsecond' AS through_at,
              :through_id::uuid AS through_id, :row_limit::bigint AS lim)
SELECT i.id::text AS id, i.reported_at, a.site_id, s.name AS site_name, a.id::text AS appliance_id, a.hostname,
       i.incident_type, i.severity, i.status,
       i.healdesk_tier AS tier,
       i.resolution_tier, i.resolved_at, i.check_type,
       EXISTS (SELECT 1 FROM healdesk_incident_windows w WHERE w.incident_id = i.id) AS in_window,
       i.healdesk_owner AS owner,
       (SELECT max(v.id) FROM healdesk_incident_events v WHERE v.incident_id = i.id) AS last_event,
       (extract(epoch FROM i.reported_at) * 1000000)::bigint AS reported_us
  FROM appliances a
  JOIN sites s ON s.id = a.site_id
 CROSS JOIN scope sc
 CROSS JOIN f
 CROSS JOIN k
 CROSS JOIN LATERAL (
    SELECT i.id, i.reported_at, i.incident_type, i.severity, i.status, i.resolution_tier, i.resolved_at,
           i.check_type, i.healdesk_tier, i.healdesk_owner
      FROM incidents i
     WHERE i.appliance_id = a.id
--#include _incident_conditions
       AND (k.after_given IS NULL OR (i.reported_at, i.id) < (k.after_at, k.after_id))
       AND (k.through_given IS NULL OR (i.reported_at, i.id) >= (k.through_at, k.through_id))
     ORDER BY i.reported_at DESC, i.id DESC
     LIMIT k.lim
 ) i
 WHERE (sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids))
   AND (f.appliance IS NULL OR a.id::text = f.appliance)
 ORDER BY i.reported_at DESC, i.id DESC
 LIMIT (SELECT k.lim FROM k)
