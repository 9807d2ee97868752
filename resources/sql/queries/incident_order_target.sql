-- The incident an order is run from, as this login sees it: its appliance and status. Binds: incident.
SELECT i.id::text AS id, i.appliance_id::text AS appliance_id, i.status
  FROM incidents i
 WHERE i.id = :incident::uuid
