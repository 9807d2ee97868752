-- One window of incidents, newest first, by keyset: rows strictly after the
-- (reported_at, id) of the last row already loaded, and when a window is read
-- again, up to and including its last row. Keys carry reported_at as
-- microseconds since the epoch (reported_us), exact where a client time is
-- not. Binds: the scope, the filter, :after_us and :after_id (NULL for the
-- first window), :through_us and :through_id (NULL: no bound), :row_limit
-- (NULL: all).
WITH
--#include _scope
SELECT i.id::text AS id, i.reported_at, a.site_id, s.name AS site_name, a.id::text AS appliance_id, a.hostname,
       i.incident_type, i.severity, i.status,
       i.healdesk_tier AS tier,
       i.resolution_tier, i.resolved_at, i.check_type,
       EXISTS (SELECT 1 FROM healdesk_incident_windows w WHERE w.incident_id = i.id) AS in_window,
       i.healdesk_owner AS owner,
       (SELECT max(v.id) FROM healdesk_incident_events v WHERE v.incident_id = i.id) AS last_event,
       (extract(epoch FROM i.reported_at) * 1000000)::bigint AS reported_us
--#include _incident_filter
   AND (:after_us::bigint IS NULL
        OR (i.reported_at, i.id) < (timestamptz 'epoch' + :after_us::bigint * interval '1 microsecond', :after_id::uuid))
   AND (:through_us::bigint IS NULL
        OR (i.reported_at, i.id) >= (timestamptz 'epoch' + :through_us::bigint * interval '1 microsecond',
                                     :through_id::uuid))
 ORDER BY i.reported_at DESC, i.id DESC
 LIMIT :row_limit
