-- The scope row (as _scope makes it) for the whole fleet and all time, for
-- queries that take no binds.
scope AS (
    SELECT NULL::text[] AS site_ids, NULL::timestamptz AS from_ts, NULL::timestamptz AS to_ts
)
