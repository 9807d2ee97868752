SELECT a.id::text FROM appliances a
 WHERE ?::text IS NULL OR a.id::text = ANY (string_to_array(?::text, ','))
 ORDER BY a.id
