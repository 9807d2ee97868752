-- A site's zone, whether the login sees the site, and whether a zone name is known (for checks before writing).
SELECT healdesk_site_time_zone(:site) AS time_zone,
       EXISTS (SELECT 1 FROM sites s WHERE s.id = :site) AS site_exists,
       (:zone::text IS NULL OR healdesk_is_time_zone(:zone)) AS zone_known,
       EXISTS (SELECT 1 FROM healdesk_maintenance_windows w WHERE w.site_id = :site) AS has_windows
