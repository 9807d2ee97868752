-- How telemetry reaches the rollups: job (queue and drain) or trigger.
UPDATE healdesk_rollup_config SET mode = :mode
