-- A report schedule for a partner or a site; its first period is the last complete month before it was made.
INSERT INTO healdesk_report_schedules (partner_id, site_id, formats, page_size, language, stale_days, first_period)
VALUES (:partner::uuid, :site, string_to_array(:formats, ','), :page_size, :language, :stale_days::int,
        :first_period::date)
RETURNING id
