-- A schedule's batches, newest first.
SELECT b.id, b.schedule_id, b.occurrence_at, b.state, array_to_string(b.order_ids, ',') AS order_ids, b.note,
       b.created_at, b.created_by::text AS created_by
  FROM healdesk_order_batches b
 WHERE b.schedule_id = :schedule
 ORDER BY b.occurrence_at DESC
 LIMIT :row_limit
