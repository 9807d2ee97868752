-- The appliances a configuration change names: a site's, or a list of IDs.
-- Binds: site id or NULL, comma-separated appliance ids or NULL.
SELECT a.id::text AS id, a.site_id
  FROM appliances a
 WHERE (:site::text IS NOT NULL AND a.site_id = :site)
    OR a.id::text = ANY (string_to_array(:appliances::text, ','))
 ORDER BY a.id
