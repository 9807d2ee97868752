-- Rollup mode, queued changes, rollup rows and the last drain.
SELECT c.mode, (SELECT count(*) FROM healdesk_telemetry_delta) AS queued,
       (SELECT count(*) FROM healdesk_telemetry_rollup) AS rollup_rows, c.drained_at
  FROM healdesk_rollup_config c
