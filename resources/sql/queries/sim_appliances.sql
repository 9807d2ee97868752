SELECT a.id::text AS id FROM appliances a
 WHERE :appliances::text IS NULL OR a.id::text = ANY (string_to_array(:appliances::text, ','))
 ORDER BY a.id
