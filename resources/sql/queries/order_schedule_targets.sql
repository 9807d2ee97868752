-- A schedule's appliances now: the site's (those it names, if it names some) that still exist.
SELECT a.id::text AS id, a.hostname
  FROM appliances a
 WHERE a.site_id = :site
   AND (:appliances::text IS NULL OR a.id = ANY (string_to_array(:appliances, ',')::uuid[]))
 ORDER BY a.hostname, a.id
