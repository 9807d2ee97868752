-- healdesk list partners: each partner this login may see, with its number of sites.
SELECT p.id::text AS id, p.name, (SELECT count(*) FROM sites s WHERE s.partner_id = p.id) AS sites
  FROM partners p
 WHERE coalesce(:partner, '') = '' OR p.id::text = :partner
 ORDER BY p.name, p.id
