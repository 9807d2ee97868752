-- The appliances of one site.
SELECT a.id::text AS id, a.hostname, a.last_checkin, healdesk_appliance_status(a.last_checkin, now()) AS status,
       a.agent_version,
       (SELECT count(*) FROM incidents i
         WHERE i.appliance_id = a.id AND lower(i.status) NOT IN ('resolved', 'closed')) AS open_incidents,
       a.site_id
  FROM appliances a
 WHERE a.site_id = :site
 ORDER BY a.hostname, a.id
