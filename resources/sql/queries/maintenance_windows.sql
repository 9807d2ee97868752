-- Windows of the sites the login sees (or one site), with the zone each is read in.
SELECT w.id, w.site_id, coalesce(w.weekday, 0) AS weekday, w.start_time::text AS start_time,
       w.end_time::text AS end_time, w.starts_at, w.ends_at, w.reason, w.created_by::text AS created_by,
       w.created_at, healdesk_site_time_zone(w.site_id) AS time_zone
  FROM healdesk_maintenance_windows w
 WHERE (:site::text IS NULL OR w.site_id = :site)
 ORDER BY w.site_id, w.weekday NULLS LAST, w.start_time, w.starts_at, w.id
