SELECT s.id, s.name, s.partner_id::text FROM sites s ORDER BY s.name, s.id
