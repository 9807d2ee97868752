SELECT w.window_id, w.starts_at, w.ends_at, w.reason
  FROM healdesk_site_windows(:site, :from_ts::timestamptz, :to_ts::timestamptz) w
