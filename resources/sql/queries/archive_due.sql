-- Each schedule's complete months (UTC) from its first one up to the one
-- before :now that the archive lacks, oldest first, at most 24 back.
SELECT r.id AS schedule_id, m.month::text AS period_from
  FROM healdesk_report_schedules r
 CROSS JOIN LATERAL generate_series(greatest(r.first_period::timestamp,
                                             date_trunc('month', (:now::timestamptz AT TIME ZONE 'UTC')) - interval '24 months'),
                                    date_trunc('month', (:now::timestamptz AT TIME ZONE 'UTC')) - interval '1 month',
                                    interval '1 month') AS m(month)
 WHERE r.removed_at IS NULL
   AND NOT EXISTS (SELECT 1 FROM healdesk_report_archive a
                    WHERE a.schedule_id = r.id AND a.period_from = (m.month AT TIME ZONE 'UTC'))
 ORDER BY m.month, r.id
 LIMIT :row_limit
