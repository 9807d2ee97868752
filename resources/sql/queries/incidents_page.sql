-- One window of incidents, newest first, by keyset: rows strictly after the
-- (reported_at, id) of the last row already loaded. Binds: scope (4), filter
-- (5), then after_reported_at, after_id (NULL for the first window), limit.
WITH
--#include _scope
SELECT i.id::text, i.reported_at, a.site_id, s.name AS site_name, a.id::text AS appliance_id, a.hostname,
       i.incident_type, i.severity, i.status,
--#include _incident_tier_of
       AS tier,
       i.resolution_tier, i.resolved_at, i.check_type
--#include _incident_filter
   AND (?::timestamptz IS NULL OR (i.reported_at, i.id) < (?::timestamptz, ?::uuid))
 ORDER BY i.reported_at DESC, i.id DESC
 LIMIT ?
