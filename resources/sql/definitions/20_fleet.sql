-- Fleet: the one status rule for appliances.

-- The one rule for an appliance's status, used by every query and report:
-- online when its last check-in is under 5 minutes old, stale under 15 minutes,
-- offline after that or when it never checked in.
CREATE OR REPLACE FUNCTION healdesk_appliance_status(last_checkin TIMESTAMPTZ, as_of TIMESTAMPTZ) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN last_checkin IS NULL THEN 'offline'
        WHEN as_of - last_checkin < interval '5 minutes' THEN 'online'
        WHEN as_of - last_checkin < interval '15 minutes' THEN 'stale'
        ELSE 'offline'
    END
$$;

