SELECT w.window_id, w.starts_at, w.ends_at, w.reason FROM healdesk_next_window(:site, :at::timestamptz) w
