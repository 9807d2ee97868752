-- Moves a pattern awaiting promotion to its final status; nothing for others.
UPDATE patterns SET status = :status WHERE pattern_id = :pattern AND status IN ('pending', 'approved') RETURNING pattern_id
