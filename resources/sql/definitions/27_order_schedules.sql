-- Recurring orders' occurrences, as instants: worked out day by day in the
-- site's time zone like its windows (25_maintenance.sql), so a DST change
-- moves them as the clinic's clocks move. A monthly day past a month's end
-- falls on its last day. "window" occurrences are its windows' starts, each
-- with its end.
CREATE OR REPLACE FUNCTION healdesk_schedule_occurrences(p_schedule BIGINT, from_ts TIMESTAMPTZ, to_ts TIMESTAMPTZ)
    RETURNS TABLE (occurrence_at TIMESTAMPTZ, window_ends_at TIMESTAMPTZ)
    LANGUAGE sql STABLE
AS $$
    WITH s AS (
        SELECT o.*, healdesk_site_time_zone(o.site_id) AS zone
          FROM healdesk_order_schedules o
         WHERE o.id = p_schedule
    ), days AS (
        SELECT d::date AS day
          FROM s, generate_series(((from_ts AT TIME ZONE s.zone)::date - 1)::timestamp,
                                  (to_ts AT TIME ZONE s.zone)::date::timestamp, interval '1 day') d
    ), timed AS (
        SELECT (days.day + s.at_time) AT TIME ZONE s.zone AS occurrence_at, NULL::timestamptz AS window_ends_at
          FROM s, days
         WHERE s.recurrence = 'daily'
            OR (s.recurrence = 'monthly'
                AND extract(day FROM days.day) =
                    least(s.day_of_month,
                          extract(day FROM (date_trunc('month', days.day) + interval '1 month - 1 day'))))
        UNION ALL
        SELECT w.starts_at, w.ends_at
          FROM s, healdesk_site_windows(s.site_id, from_ts, to_ts) w
         WHERE s.recurrence = 'window'
    )
    SELECT DISTINCT t.occurrence_at, t.window_ends_at
      FROM timed t
     WHERE t.occurrence_at >= from_ts AND t.occurrence_at < to_ts
     ORDER BY 1
$$;
