-- One batch per schedule and occurrence: a second worker's or a rerun's insert does nothing.
INSERT INTO healdesk_order_batches (schedule_id, occurrence_at, state, order_ids, note)
VALUES (:schedule, :occurrence::timestamptz, :state, coalesce(string_to_array(:orders, ','), '{}'), :note)
ON CONFLICT (schedule_id, occurrence_at) DO NOTHING
RETURNING id
