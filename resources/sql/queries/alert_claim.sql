-- Due alerts of routes that send each event, and tests of any route, leased
-- to this worker; a row another worker holds a live lease on is skipped.
WITH due AS (
    SELECT o.id
      FROM healdesk_alert_outbox o
      JOIN healdesk_alert_routes r ON r.id = o.route_id
     WHERE o.sent_at IS NULL AND o.given_up_at IS NULL AND r.removed_at IS NULL
       AND o.next_attempt_at <= :now::timestamptz AND o.not_before <= :now::timestamptz
       AND (o.claimed_until IS NULL OR o.claimed_until < :now::timestamptz)
       AND (r.digest_hours IS NULL OR o.kind = 'test')
     ORDER BY o.id
     LIMIT :row_limit
       FOR UPDATE OF o SKIP LOCKED
)
UPDATE healdesk_alert_outbox o
   SET claimed_by = :worker::uuid, claimed_until = :now::timestamptz + interval '2 minutes'
  FROM due
 WHERE o.id = due.id
RETURNING o.id, o.route_id, o.event_key, o.kind, o.severity, o.facts::text AS facts, o.created_at, o.attempts
