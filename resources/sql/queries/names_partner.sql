-- The partners a --partner value may mean: the one with that ID, or those of that name (case and runs of spaces
-- aside). Row-level security leaves a technician only the partners they serve.
SELECT p.id::text AS id, p.name, p.id::text = lower(btrim(:given)) AS by_id
  FROM partners p
 WHERE p.id::text = lower(btrim(:given))
    OR lower(regexp_replace(btrim(p.name), '\s+', ' ', 'g')) = lower(regexp_replace(btrim(:given), '\s+', ' ', 'g'))
 ORDER BY by_id DESC, p.name, p.id
