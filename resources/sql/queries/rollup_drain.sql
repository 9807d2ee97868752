-- Moves queued telemetry changes into the rollups (migration 0012).
SELECT healdesk_rollup_drain() AS moved
