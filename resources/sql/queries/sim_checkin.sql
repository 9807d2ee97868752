UPDATE appliances
   SET last_checkin = now()
 WHERE :appliances::text IS NULL OR id::text = ANY (string_to_array(:appliances::text, ','))
