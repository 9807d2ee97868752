-- Indexes for the dashboard's queries. Telemetry stores IDs as text while
-- incidents and appliances use UUIDs; joins compare as text, so the UUID side
-- gets an expression index on id::text.
CREATE INDEX incidents_id_text_idx ON incidents ((id::text));
CREATE INDEX incidents_reported_idx ON incidents (reported_at DESC, id DESC);
CREATE INDEX incidents_appliance_reported_idx ON incidents (appliance_id, reported_at DESC);
CREATE INDEX incidents_open_idx ON incidents (appliance_id) WHERE status <> 'resolved';
CREATE INDEX appliances_site_idx ON appliances (site_id);
CREATE INDEX appliances_id_text_idx ON appliances ((id::text));
CREATE INDEX sites_partner_idx ON sites (partner_id);
CREATE INDEX execution_telemetry_started_idx ON execution_telemetry (started_at);
CREATE INDEX execution_telemetry_site_started_idx ON execution_telemetry (site_id, started_at);
CREATE INDEX execution_telemetry_appliance_idx ON execution_telemetry (appliance_id);
CREATE INDEX execution_telemetry_runbook_idx ON execution_telemetry (runbook_id);
CREATE INDEX orders_appliance_issued_idx ON orders (appliance_id, issued_at DESC);
CREATE INDEX orders_pending_idx ON orders (issued_at) WHERE status = 'pending';
