-- An alert route (the policy keeps a login to its partners; fleet-wide routes are for admins).
INSERT INTO healdesk_alert_routes (name, partner_id, site_id, url, format, events, min_severity, digest_hours,
                                   in_window, has_secret)
VALUES (:name, :partner::uuid, :site, :url, :format, string_to_array(:events, ','), :min_severity,
        nullif(:digest_hours::int, 0), :in_window, :has_secret::boolean)
RETURNING id
