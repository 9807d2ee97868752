SELECT w.window_id, w.starts_at, w.ends_at, w.reason FROM healdesk_window_at(:site, :at::timestamptz) w
