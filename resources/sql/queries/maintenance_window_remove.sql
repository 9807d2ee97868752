DELETE FROM healdesk_maintenance_windows WHERE id = :id
RETURNING site_id, coalesce(weekday, 0) AS weekday, start_time::text AS start_time, end_time::text AS end_time,
          starts_at, ends_at, reason
