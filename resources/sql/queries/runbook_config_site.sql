-- Every runbook with how many of a site's appliances have it switched off or
-- explicitly on in appliance_runbook_config. Binds: site id.
SELECT r.runbook_id, r.name, r.enabled, coalesce(r.is_disruptive, false) AS disruptive,
       (SELECT count(*) FROM appliances a WHERE a.site_id = s.id) AS appliances,
       count(c.appliance_id) FILTER (WHERE NOT c.enabled) AS disabled,
       count(c.appliance_id) FILTER (WHERE c.enabled) AS enabled_here
  FROM runbooks r
 CROSS JOIN (SELECT :site::text AS id) s
  LEFT JOIN appliances a ON a.site_id = s.id
  LEFT JOIN appliance_runbook_config c ON c.appliance_id = a.id AND c.runbook_id = r.runbook_id
 GROUP BY r.id, s.id
 ORDER BY r.runbook_id
