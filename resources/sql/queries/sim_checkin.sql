UPDATE appliances
   SET last_checkin = now()
 WHERE ?::text IS NULL OR id::text = ANY (string_to_array(?::text, ','))
