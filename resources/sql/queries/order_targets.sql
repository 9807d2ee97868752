-- The appliances an order request names (a site's, or a list of IDs), with
-- their per-appliance configuration for the runbook. Binds: site id or NULL,
-- comma-separated appliance ids or NULL, runbook id.
SELECT a.id::text AS id, a.hostname, a.site_id, c.enabled AS configured_enabled,
       healdesk_appliance_status(a.last_checkin, now()) AS status
  FROM appliances a
  LEFT JOIN appliance_runbook_config c ON c.appliance_id = a.id AND c.runbook_id = :runbook
 WHERE (:site::text IS NOT NULL AND a.site_id = :site)
    OR a.id::text = ANY (string_to_array(:appliances::text, ','))
 ORDER BY a.hostname, a.id
