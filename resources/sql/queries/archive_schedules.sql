-- Report schedules still in force, with the name of what they cover.
SELECT r.id, r.partner_id::text AS partner_id, r.site_id, coalesce(p.name, s.name, r.site_id) AS scope_name,
       array_to_string(r.formats, ',') AS formats, r.page_size, r.language, r.stale_days,
       r.created_by::text AS created_by, r.created_at, r.first_period::text AS first_period
  FROM healdesk_report_schedules r
  LEFT JOIN partners p ON p.id = r.partner_id
  LEFT JOIN sites s ON s.id = r.site_id
 WHERE r.removed_at IS NULL
 ORDER BY r.id
