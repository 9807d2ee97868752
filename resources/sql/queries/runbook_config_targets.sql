-- The appliances a configuration change names: a site's, or a list of IDs.
-- Binds: site id or NULL, comma-separated appliance ids or NULL.
SELECT a.id::text, a.site_id
  FROM appliances a
 WHERE (?::text IS NOT NULL AND a.site_id = ?)
    OR a.id::text = ANY (string_to_array(?::text, ','))
 ORDER BY a.id
