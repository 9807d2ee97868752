-- After _rollup_bounds: which rollup rows cover the whole days. A period open
-- at both ends is the all-time rows alone; otherwise months where whole
-- months fit, days around them.
, spans AS (
    SELECT 'a'::text AS grain, '-infinity'::date AS lo, 'infinity'::date AS hi
      FROM bounds b
     WHERE b.from_ts IS NULL AND b.to_ts IS NULL
    UNION ALL
    SELECT 'm', b.m_lo, b.m_hi FROM bounds b WHERE b.from_ts IS NOT NULL OR b.to_ts IS NOT NULL
    UNION ALL
    SELECT 'd', b.d1, least(b.m_lo, b.d2) FROM bounds b
    UNION ALL
    SELECT 'd', greatest(b.m_hi, b.d1), b.d2 FROM bounds b
)
