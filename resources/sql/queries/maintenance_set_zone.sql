-- A site's or a partner's zone (NULL: inherit), admins only (definitions/25_maintenance.sql).
SELECT healdesk_set_time_zone(:site, :partner::uuid, :zone) AS changed
