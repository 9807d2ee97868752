UPDATE healdesk_alert_outbox
   SET sent_at = :now::timestamptz, attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL, last_error = NULL
 WHERE id = ANY (string_to_array(:ids, ',')::bigint[]) AND sent_at IS NULL
