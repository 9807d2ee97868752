-- healdesk list sites: each site this login may see, with its partner and number of appliances.
SELECT s.id, s.name, coalesce(p.name, '') AS partner, coalesce(s.partner_id::text, '') AS partner_id,
       (SELECT count(*) FROM appliances a WHERE a.site_id = s.id) AS appliances
  FROM sites s
  LEFT JOIN partners p ON p.id = s.partner_id
 WHERE (coalesce(:partner, '') = '' OR s.partner_id::text = :partner) AND (coalesce(:site, '') = '' OR s.id = :site)
 ORDER BY s.name, s.id
