-- The transaction's time to the millisecond: what a signed statement and the
-- row it describes both carry (an order's issued_at, an approval's time).
SELECT date_trunc('milliseconds', now()) AS now_ms
