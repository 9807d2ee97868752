-- Shared prefix of every scoped query; binds 4 values in this order:
-- site IDs (comma-separated text or NULL), partner (uuid or NULL), from and to
-- (timestamptz or NULL; from inclusive, to exclusive). site_ids is NULL when
-- nothing narrows the scope, so unscoped queries also see orphan telemetry.
scope AS (
    SELECT CASE WHEN a.sites IS NULL AND a.partner IS NULL THEN NULL
                ELSE ARRAY(SELECT s.id::text
                             FROM sites s
                            WHERE (a.sites IS NULL OR s.id = ANY (a.sites))
                              AND (a.partner IS NULL OR s.partner_id = a.partner)) END AS site_ids,
           a.from_ts, a.to_ts
      FROM (SELECT string_to_array(?::text, ',') AS sites, ?::uuid AS partner,
                   ?::timestamptz AS from_ts, ?::timestamptz AS to_ts) a
)
