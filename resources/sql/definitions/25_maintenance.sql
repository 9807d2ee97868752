-- Maintenance windows: when a clinic lets disruptive runbooks run. A site's
-- windows are in its own time zone (else its partner's, else UTC). Weekly
-- windows are worked out day by day in that zone, so a daylight-saving change
-- moves them as the clinic's clocks move: a local time that does not exist
-- (the hour skipped in spring) is read as the hour after, and one that occurs
-- twice (the hour repeated in autumn) as its second occurrence, PostgreSQL's
-- own reading of AT TIME ZONE.

CREATE OR REPLACE FUNCTION healdesk_site_time_zone(site TEXT) RETURNS TEXT
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce((SELECT coalesce(s.time_zone, p.time_zone)
                       FROM sites s LEFT JOIN partners p ON p.id = s.partner_id
                      WHERE s.id = site), 'UTC')
$$;

-- Whether text names a time zone PostgreSQL knows (IANA names).
CREATE OR REPLACE FUNCTION healdesk_is_time_zone(zone TEXT) RETURNS BOOLEAN
    LANGUAGE sql STABLE
AS $$
    SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = zone)
$$;

-- The windows of a site that overlap [from_ts, to_ts), as instants.
CREATE OR REPLACE FUNCTION healdesk_site_windows(site TEXT, from_ts TIMESTAMPTZ, to_ts TIMESTAMPTZ)
    RETURNS TABLE (window_id BIGINT, starts_at TIMESTAMPTZ, ends_at TIMESTAMPTZ, reason TEXT)
    LANGUAGE sql STABLE
AS $$
    WITH zone AS (
        SELECT healdesk_site_time_zone(site) AS name
    ), days AS (
        SELECT d::date AS day
          FROM zone, generate_series(((from_ts AT TIME ZONE zone.name)::date - 1)::timestamp,
                                     (to_ts AT TIME ZONE zone.name)::date::timestamp, interval '1 day') d
    ), weekly AS (
        SELECT w.id, (days.day + w.start_time) AT TIME ZONE zone.name AS starts_at,
               (days.day + w.end_time + CASE WHEN w.end_time <= w.start_time THEN interval '1 day'
                                             ELSE interval '0' END) AT TIME ZONE zone.name AS ends_at,
               w.reason
          FROM healdesk_maintenance_windows w, days, zone
         WHERE w.site_id = site
           AND w.weekday = extract(isodow FROM days.day)
    )
    SELECT id, starts_at, ends_at, reason FROM weekly WHERE starts_at < to_ts AND ends_at > from_ts
    UNION ALL
    SELECT w.id, w.starts_at, w.ends_at, w.reason
      FROM healdesk_maintenance_windows w
     WHERE w.site_id = site AND w.weekday IS NULL AND w.starts_at < to_ts AND w.ends_at > from_ts
    ORDER BY 2, 1
$$;

-- The window open at t (the latest-ending one when windows overlap), if any.
CREATE OR REPLACE FUNCTION healdesk_window_at(site TEXT, t TIMESTAMPTZ)
    RETURNS TABLE (window_id BIGINT, starts_at TIMESTAMPTZ, ends_at TIMESTAMPTZ, reason TEXT)
    LANGUAGE sql STABLE
AS $$
    SELECT w.window_id, w.starts_at, w.ends_at, w.reason
      FROM healdesk_site_windows(site, t, t + interval '1 microsecond') w
     ORDER BY w.ends_at DESC
     LIMIT 1
$$;

-- The next window that starts after t: weekly ones within eight days, one-off
-- ones whenever they are.
CREATE OR REPLACE FUNCTION healdesk_next_window(site TEXT, t TIMESTAMPTZ)
    RETURNS TABLE (window_id BIGINT, starts_at TIMESTAMPTZ, ends_at TIMESTAMPTZ, reason TEXT)
    LANGUAGE sql STABLE
AS $$
    SELECT n.window_id, n.starts_at, n.ends_at, n.reason
      FROM (SELECT w.window_id, w.starts_at, w.ends_at, w.reason
              FROM healdesk_site_windows(site, t, t + interval '8 days') w
             WHERE w.starts_at > t
            UNION ALL
            SELECT w.id, w.starts_at, w.ends_at, w.reason
              FROM healdesk_maintenance_windows w
             WHERE w.site_id = site AND w.weekday IS NULL AND w.starts_at > t) n
     ORDER BY n.starts_at, n.window_id
     LIMIT 1
$$;

-- Sets a site's or a partner's time zone (NULL: inherit): admins only, for
-- what their partners cover; audited by the caller. Returns the rows changed.
CREATE OR REPLACE FUNCTION healdesk_set_time_zone(p_site TEXT, p_partner UUID, p_zone TEXT) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    changed INTEGER := 0;
BEGIN
    IF NOT healdesk_is_admin() THEN
        RAISE EXCEPTION 'only a healdesk_admin may set a time zone' USING ERRCODE = 'HDK01';
    END IF;
    IF p_zone IS NOT NULL AND NOT healdesk_is_time_zone(p_zone) THEN
        RAISE EXCEPTION '"%" is not a time zone (use an IANA name such as America/New_York)', p_zone
            USING ERRCODE = 'HDK01';
    END IF;
    IF p_site IS NOT NULL THEN
        UPDATE sites SET time_zone = p_zone
         WHERE id = p_site
           AND (healdesk_key_scope(session_user) = '*' OR id = ANY (healdesk_visible_sites(session_user)));
        GET DIAGNOSTICS changed = ROW_COUNT;
    ELSIF p_partner IS NOT NULL THEN
        UPDATE partners SET time_zone = p_zone
         WHERE id = p_partner
           AND (healdesk_key_scope(session_user) = '*' OR id = ANY (healdesk_visible_partners(session_user)));
        GET DIAGNOSTICS changed = ROW_COUNT;
    END IF;
    RETURN changed;
END;
$$;
REVOKE EXECUTE ON FUNCTION healdesk_set_time_zone(TEXT, UUID, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION healdesk_set_time_zone(TEXT, UUID, TEXT) TO healdesk_admin;
