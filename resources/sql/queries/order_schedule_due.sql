-- Occurrences of active schedules up to :now that have no batch yet, oldest
-- first, looking back a week at most: each with whether it is still due (a
-- daily or monthly one within the hour after its time, a window's while the
-- window is open) or was missed.
SELECT o.id AS schedule_id, n.occurrence_at,
       CASE WHEN o.recurrence = 'window' THEN n.window_ends_at > :now::timestamptz
            ELSE n.occurrence_at > :now::timestamptz - interval '1 hour' END AS due
  FROM healdesk_order_schedules o
 CROSS JOIN LATERAL healdesk_schedule_occurrences(
           o.id, greatest(o.active_from, :now::timestamptz - interval '7 days'),
           :now::timestamptz + interval '1 microsecond') n
 WHERE o.removed_at IS NULL AND o.paused_at IS NULL
   AND NOT EXISTS (SELECT 1 FROM healdesk_order_batches b
                    WHERE b.schedule_id = o.id AND b.occurrence_at = n.occurrence_at)
 ORDER BY n.occurrence_at, o.id
 LIMIT :row_limit
