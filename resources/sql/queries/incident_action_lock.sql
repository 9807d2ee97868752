-- Serialises actions on the same incidents: one transaction-level advisory
-- lock per incident, taken in one order so two bulk actions cannot deadlock.
-- The second of two technicians acting at once waits here, then reads what
-- the first did. Binds: ids (comma-separated UUIDs, already checked).
SELECT count(*) AS locked
  FROM (SELECT pg_advisory_xact_lock(k.key)
          FROM (SELECT DISTINCT hashtextextended('healdesk.incident:' || x, 0) AS key
                  FROM unnest(string_to_array(:ids, ',')) x
                 ORDER BY 1) k) taken
