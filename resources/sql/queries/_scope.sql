-- Shared prefix of every scoped query; Scope::binds() gives its values:
-- :scope_sites (site IDs, comma-separated text or NULL), :scope_partner (uuid
-- or NULL), :scope_from and :scope_to (timestamptz or NULL; from inclusive, to
-- exclusive). site_ids is NULL when
-- nothing narrows the scope, so unscoped queries also see orphan telemetry.
scope AS (
    SELECT CASE WHEN a.sites IS NULL AND a.partner IS NULL THEN NULL
                ELSE ARRAY(SELECT s.id::text
                             FROM sites s
                            WHERE (a.sites IS NULL OR s.id = ANY (a.sites))
                              AND (a.partner IS NULL OR s.partner_id = a.partner)) END AS site_ids,
           a.from_ts, a.to_ts
      FROM (SELECT string_to_array(:scope_sites::text, ',') AS sites, :scope_partner::uuid AS partner,
                   :scope_from::timestamptz AS from_ts, :scope_to::timestamptz AS to_ts) a
)
