SELECT i.id::text AS id, i.incident_type, i.severity, i.status, i.check_type, i.details::text AS details,
       i.resolution_tier, i.order_id::text AS order_id, i.reported_at, i.resolved_at, a.hostname, a.site_id,
       s.name AS site_name, i.healdesk_tier AS tier, i.healdesk_owner AS owner
  FROM incidents i
  JOIN appliances a ON a.id = i.appliance_id
  JOIN sites s ON s.id = a.site_id
 WHERE i.id::text = :incident
