SELECT s.id, s.name, s.partner_id::text AS partner_id FROM sites s ORDER BY s.name, s.id
