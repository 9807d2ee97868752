SELECT p.id::text AS id, p.name FROM partners p ORDER BY p.name, p.id
