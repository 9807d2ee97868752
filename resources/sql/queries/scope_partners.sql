SELECT p.id::text, p.name FROM partners p ORDER BY p.name, p.id
