-- Builds the rollups again from telemetry (migration 0012).
SELECT healdesk_rollup_rebuild() AS rows
