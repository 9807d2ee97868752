-- An incident's (alias i) tier: the tier of its latest execution with a known
-- tier (latest by coalesce(completed_at, started_at, created_at), then id),
-- else its own normalised resolution_tier, else 'none'. Use together with
-- the expression coalesce(latest.tier, healdesk_normalise_tier(i.resolution_tier), 'none').
LEFT JOIN LATERAL (
    SELECT healdesk_normalise_tier(e.resolution_level) AS tier
      FROM execution_telemetry e
     WHERE e.incident_id = i.id::text
       AND healdesk_normalise_tier(e.resolution_level) IS NOT NULL
     ORDER BY coalesce(e.completed_at, e.started_at, e.created_at) DESC NULLS LAST, e.id DESC
     LIMIT 1
) latest ON true
