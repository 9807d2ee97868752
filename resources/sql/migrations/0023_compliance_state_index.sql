-- The compliance state of an (appliance, control) pair is its latest covering
-- execution before an instant (the report's period end). One backward index
-- probe per appliance and telemetry runbook ID finds it, however much history
-- the appliance has or how long ago it last ran.
CREATE INDEX execution_telemetry_appliance_runbook_started_idx
    ON execution_telemetry (appliance_id, runbook_id, started_at DESC, id DESC);
