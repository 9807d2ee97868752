-- The appliances an --appliance value may mean: the one with that ID, or those with that host name (case aside),
-- narrowed to one site when the value reads SITE/HOSTNAME (the site by ID or name).
SELECT a.id::text AS id, a.hostname, a.site_id, s.name AS site, a.id::text = lower(btrim(:given)) AS by_id
  FROM appliances a
  JOIN sites s ON s.id = a.site_id
 WHERE a.id::text = lower(btrim(:given))
    OR (lower(a.hostname) = lower(btrim(:hostname))
        AND (coalesce(:site, '') = '' OR s.id = btrim(:site)
             OR lower(regexp_replace(btrim(s.name), '\s+', ' ', 'g'))
                = lower(regexp_replace(btrim(:site), '\s+', ' ', 'g'))))
 ORDER BY by_id DESC, s.name, a.hostname, a.id
