-- An incident (alias i) tier, as one expression: the tier of its latest
-- execution with a known tier (latest by coalesce(completed_at, started_at,
-- created_at), then id), else its own normalised resolution_tier, else none.
-- A scalar subquery, so a count or a filter that does not need the tier never
-- looks up an execution (a lateral join was evaluated for every incident).
coalesce((SELECT healdesk_normalise_tier(e.resolution_level)
            FROM execution_telemetry e
           WHERE e.incident_id = i.id::text
             AND healdesk_normalise_tier(e.resolution_level) IS NOT NULL
           ORDER BY coalesce(e.completed_at, e.started_at, e.created_at) DESC NULLS LAST, e.id DESC
           LIMIT 1),
         healdesk_normalise_tier(i.resolution_tier), 'none')
