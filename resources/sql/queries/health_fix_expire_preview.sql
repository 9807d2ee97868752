-- Pending orders past their deadline that no execution matches (those are
-- left for the reconciliation, which keeps what actually happened).
SELECT m.order_id AS target, 'pending' AS before_value, 'expired' AS after_value, m.deadline::text AS evidence
  FROM healdesk_order_matches m
 WHERE m.execution_id IS NULL
   AND m.deadline < now()
 ORDER BY m.order_id
