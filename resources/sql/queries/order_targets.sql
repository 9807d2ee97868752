-- The appliances an order request names (a site's, or a list of IDs), with
-- their per-appliance configuration for the runbook, their partner and
-- whether that partner's orders must be signed. Binds: site id or NULL,
-- comma-separated appliance ids or NULL, runbook id.
SELECT a.id::text AS id, a.hostname, a.site_id, c.enabled AS configured_enabled,
       healdesk_appliance_status(a.last_checkin, now()) AS status,
       s.partner_id::text AS partner_id, p.name AS partner_name, healdesk_signing_required(s.partner_id) AS signing_required
  FROM appliances a
  LEFT JOIN sites s ON s.id = a.site_id
  LEFT JOIN partners p ON p.id = s.partner_id
  LEFT JOIN appliance_runbook_config c ON c.appliance_id = a.id AND c.runbook_id = :runbook
 WHERE (:site::text IS NOT NULL AND a.site_id = :site)
    OR a.id::text = ANY (string_to_array(:appliances::text, ','))
 ORDER BY a.hostname, a.id
