-- Telemetry runbook IDs that resolve to no runbook, most executions first.
SELECT e.runbook_id, count(*), count(*) FILTER (WHERE e.success),
       to_char(max(e.started_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')
  FROM execution_telemetry e
 WHERE healdesk_canonical_runbook(e.runbook_id) IS NULL
 GROUP BY e.runbook_id
 ORDER BY count(*) DESC, e.runbook_id
 LIMIT 1000
