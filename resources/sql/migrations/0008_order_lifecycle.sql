-- An order's full life: pending -> acknowledged -> completed | failed, or
-- pending -> cancelled (by a technician) | expired (TTL ran out). The columns
-- record who issued it and why, when the appliance picked it up, when it
-- expires, and whether a completion was inferred by reconciliation rather
-- than reported by telemetry. Existing rows keep their values; the new
-- columns are empty for them (inferred takes its default without a rewrite).
ALTER TABLE orders ADD COLUMN issued_by VARCHAR(255);
ALTER TABLE orders ADD COLUMN reason TEXT;
ALTER TABLE orders ADD COLUMN acknowledged_at TIMESTAMPTZ;
ALTER TABLE orders ADD COLUMN expires_at TIMESTAMPTZ;
ALTER TABLE orders ADD COLUMN inferred BOOLEAN NOT NULL DEFAULT false;

CREATE INDEX orders_status_issued_idx ON orders (status, issued_at DESC);
CREATE INDEX admin_audit_log_created_idx ON admin_audit_log (created_at DESC, id DESC);
CREATE INDEX admin_audit_log_target_idx ON admin_audit_log (target);

-- Marks pending orders whose TTL ran out as expired; returns how many.
CREATE FUNCTION healdesk_expire_orders() RETURNS INTEGER
    LANGUAGE sql
AS $$
    WITH expired AS (
        UPDATE orders
           SET status = 'expired', completed_at = now(),
               result = jsonb_build_object('reason', 'ttl elapsed before the appliance acknowledged')
         WHERE status = 'pending' AND expires_at IS NOT NULL AND expires_at < now()
        RETURNING 1
    )
    SELECT count(*)::int FROM expired
$$;
