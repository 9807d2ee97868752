-- A failed try: the next after 5 s doubling per try (at most an hour);
-- given up after the last try, or at once when asking again cannot help.
UPDATE healdesk_alert_outbox
   SET attempts = attempts + 1, last_error = :error, claimed_by = NULL, claimed_until = NULL,
       next_attempt_at = :now::timestamptz + least(3600, 5 * power(2, attempts)) * interval '1 second',
       given_up_at = CASE WHEN :permanent::boolean OR attempts + 1 >= :max_attempts::int
                          THEN :now::timestamptz END
 WHERE id = ANY (string_to_array(:ids, ',')::bigint[]) AND sent_at IS NULL
