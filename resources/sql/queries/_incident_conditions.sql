-- The incident filter's conditions, each a line starting with AND, over
-- incident i, appliance a, site s, scope sc and filter values f (appliance,
-- severity, status, tier, search, owner: a login, @me or @none). Shared by the queries that read the whole
-- fleet (_incident_filter) and those that walk the scope's appliances.
   AND (sc.site_ids IS NULL OR a.site_id = ANY (sc.site_ids))
   AND (sc.from_ts IS NULL OR i.reported_at >= sc.from_ts)
   AND (sc.to_ts IS NULL OR i.reported_at < sc.to_ts)
   AND (f.appliance IS NULL OR a.id::text = f.appliance)
   AND (f.severity IS NULL OR lower(i.severity) = f.severity)
   AND (f.status IS NULL OR lower(i.status) = f.status)
   AND (f.tier IS NULL OR i.healdesk_tier = f.tier)
   AND (f.owner IS NULL
        OR (f.owner = '@none' AND i.healdesk_owner IS NULL)
        OR (f.owner = '@me' AND i.healdesk_owner = session_user)
        OR i.healdesk_owner = f.owner)
   AND (f.search IS NULL
        OR i.incident_type ILIKE '%' || f.search || '%'
        OR i.check_type ILIKE '%' || f.search || '%'
        OR a.hostname ILIKE '%' || f.search || '%'
        OR s.name ILIKE '%' || f.search || '%'
        OR i.details::text ILIKE '%' || f.search || '%'
        OR i.id::text = lower(f.search))
