-- After _rollup_bounds: which rollup rows cover the whole days, months where
-- whole months fit, days around them.
, spans AS (
    SELECT 'm'::text AS grain, b.m_lo AS lo, b.m_hi AS hi FROM bounds b
    UNION ALL
    SELECT 'd', b.d1, least(b.m_lo, b.d2) FROM bounds b
    UNION ALL
    SELECT 'd', greatest(b.m_hi, b.d1), b.d2 FROM bounds b
)
