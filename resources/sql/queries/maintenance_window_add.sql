-- A weekly window (weekday, start_time, end_time) or a one-off one (starts_at, ends_at); the others NULL.
INSERT INTO healdesk_maintenance_windows (site_id, weekday, start_time, end_time, starts_at, ends_at, reason)
VALUES (:site, :weekday::smallint, :start_time::time, :end_time::time, :starts_at::timestamptz, :ends_at::timestamptz,
        :reason)
RETURNING id
