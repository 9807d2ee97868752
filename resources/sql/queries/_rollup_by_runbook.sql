-- After _rollup_rows: per runbook key, the rows resolved through the mapping
-- (RB-* IDs directly), summed per recorded ID first so the mapping is joined
-- to a few rows per ID, not to every rollup row. key is the canonical runbook, or the ID as recorded
-- when it resolves to none (unmapped). p95 comes from the histogram the way
-- percentile_cont interpolates, between the buckets holding the two ranks.
, by_id AS (
    SELECT x.runbook_id, sum(x.executions) AS executions, sum(x.successes) AS successes,
           sum(x.duration_count) AS duration_count, sum(x.duration_sum) AS duration_sum, max(x.last_run) AS last_run
      FROM rolled x
     GROUP BY 1
)
, keyed AS (
    SELECT coalesce(m.runbook_id, direct.runbook_id, x.runbook_id) AS key,
           m.runbook_id IS NULL AND direct.runbook_id IS NULL AS unmapped,
           sum(x.executions) AS executions, sum(x.successes) AS successes,
           sum(x.duration_count) AS duration_count, sum(x.duration_sum) AS duration_sum, max(x.last_run) AS last_run
      FROM by_id x
      LEFT JOIN runbook_id_mapping m ON m.l1_rule_id = x.runbook_id
      LEFT JOIN runbooks direct ON direct.runbook_id = x.runbook_id
     GROUP BY 1, 2
    HAVING sum(x.executions) <> 0
)
, hist_by_id AS (
    SELECT x.runbook_id, x.bucket, sum(x.n) AS n FROM rolled_hist x GROUP BY 1, 2
)
, keyed_hist AS (
    SELECT coalesce(m.runbook_id, direct.runbook_id, x.runbook_id) AS key, x.bucket, sum(x.n) AS n
      FROM hist_by_id x
      LEFT JOIN runbook_id_mapping m ON m.l1_rule_id = x.runbook_id
      LEFT JOIN runbooks direct ON direct.runbook_id = x.runbook_id
     GROUP BY 1, 2
    HAVING sum(x.n) > 0
)
, cumulative AS (
    SELECT h.key, h.bucket, sum(h.n) OVER (PARTITION BY h.key ORDER BY h.bucket) AS upto,
           sum(h.n) OVER (PARTITION BY h.key) AS total
      FROM keyed_hist h
)
-- In one pass per key: the first bucket whose running count passes each of
-- the two ranks around position 0.95 * (total - 1).
, ranks AS (
    SELECT c.key, 0.95 * (max(c.total) - 1) AS pos,
           min(c.bucket) FILTER (WHERE c.upto > floor(0.95 * (c.total - 1))) AS lo,
           min(c.bucket) FILTER (WHERE c.upto > ceil(0.95 * (c.total - 1))) AS hi
      FROM cumulative c
     GROUP BY c.key
)
, p95 AS (
    SELECT r.key,
           CASE WHEN r.lo = r.hi THEN healdesk_bucket_value(r.lo)
                ELSE healdesk_bucket_value(r.lo)
                     + (r.pos - floor(r.pos)) * (healdesk_bucket_value(r.hi) - healdesk_bucket_value(r.lo)) END AS p95
      FROM ranks r
)
, by_runbook AS (
    SELECT k.key, k.unmapped, k.executions, k.successes,
           CASE WHEN k.duration_count > 0 THEN k.duration_sum / k.duration_count END AS avg_duration,
           p.p95 AS p95_duration, k.last_run
      FROM keyed k
      LEFT JOIN p95 p ON p.key = k.key
)
