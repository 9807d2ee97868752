-- Every undelivered alert of digest routes whose digest is due (digest_hours
-- after the last one, or after the route was made), leased to this worker.
WITH due AS (
    SELECT o.id
      FROM healdesk_alert_outbox o
      JOIN healdesk_alert_routes r ON r.id = o.route_id
     WHERE o.sent_at IS NULL AND o.given_up_at IS NULL AND r.removed_at IS NULL
       AND r.digest_hours IS NOT NULL AND o.kind <> 'test'
       AND coalesce(r.last_digest_at, r.created_at) + r.digest_hours * interval '1 hour' <= :now::timestamptz
       AND o.next_attempt_at <= :now::timestamptz AND o.not_before <= :now::timestamptz
       AND (o.claimed_until IS NULL OR o.claimed_until < :now::timestamptz)
     ORDER BY o.id
     LIMIT 5000
       FOR UPDATE OF o SKIP LOCKED
)
UPDATE healdesk_alert_outbox o
   SET claimed_by = :worker::uuid, claimed_until = :now::timestamptz + interval '2 minutes'
  FROM due
 WHERE o.id = due.id
RETURNING o.id, o.route_id, o.event_key, o.kind, o.severity, o.facts::text AS facts, o.created_at, o.attempts
