-- healdesk list appliances: each appliance this login may see, with its site and status (the one rule).
SELECT a.id::text AS id, a.hostname, a.site_id, s.name AS site, coalesce(a.agent_version, '') AS agent_version,
       a.last_checkin, healdesk_appliance_status(a.last_checkin, now()) AS status
  FROM appliances a
  JOIN sites s ON s.id = a.site_id
 WHERE (coalesce(:partner, '') = '' OR s.partner_id::text = :partner) AND (coalesce(:site, '') = '' OR s.id = :site)
 ORDER BY s.name, a.hostname, a.id
