-- Appliances inside the scope, for the incident filter (bounded).
WITH
--#include _scope
SELECT a.id::text AS id, a.hostname, a.site_id
  FROM appliances a
 CROSS JOIN scope sc
 WHERE sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids)
 ORDER BY a.hostname, a.id
 LIMIT 5000
