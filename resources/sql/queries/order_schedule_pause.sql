-- Pauses (:pause true) or resumes a schedule; a resumed one counts occurrences from now on.
UPDATE healdesk_order_schedules
   SET paused_at = CASE WHEN :pause::boolean THEN now() END,
       active_from = CASE WHEN :pause::boolean THEN active_from ELSE now() END
 WHERE id = :id AND removed_at IS NULL AND (paused_at IS NULL) = :pause::boolean
RETURNING id
