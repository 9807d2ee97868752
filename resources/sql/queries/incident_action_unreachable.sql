-- The first incident of an assignment its assignee could not reach, if any.
-- Binds: ids (comma-separated UUIDs), who.
SELECT x::text AS id
  FROM unnest(string_to_array(:ids, ',')::uuid[]) x
 WHERE NOT healdesk_login_reaches(:who::name, x)
 LIMIT 1
