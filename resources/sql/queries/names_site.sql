-- The sites a --site value may mean: the one with that ID, or those of that name (case and runs of spaces
-- aside), each with its partner for telling them apart.
SELECT s.id, s.name, coalesce(p.name, '') AS partner, s.id = btrim(:given) AS by_id
  FROM sites s
  LEFT JOIN partners p ON p.id = s.partner_id
 WHERE s.id = btrim(:given)
    OR lower(regexp_replace(btrim(s.name), '\s+', ' ', 'g')) = lower(regexp_replace(btrim(:given), '\s+', ' ', 'g'))
 ORDER BY by_id DESC, s.name, s.id
