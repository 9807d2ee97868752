-- Orders used to stay pending forever: nothing linked an execution to the order
-- that caused it. Telemetry may now name its order (orders.order_id, the
-- client-made ID), and such a row completes or fails that order. Only an order
-- still waiting (pending or acknowledged) moves; a cancelled or expired order
-- keeps its final state.
ALTER TABLE execution_telemetry ADD COLUMN order_id VARCHAR(64);

CREATE INDEX execution_telemetry_order_idx ON execution_telemetry (order_id) WHERE order_id IS NOT NULL;

CREATE FUNCTION healdesk_complete_order() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.order_id IS NULL THEN
        RETURN NULL;
    END IF;
    UPDATE orders
       SET status = CASE WHEN NEW.success THEN 'completed' ELSE 'failed' END,
           completed_at = coalesce(NEW.completed_at, now()),
           result = jsonb_build_object(
               'execution_id', NEW.execution_id,
               'success', NEW.success,
               'duration_seconds', NEW.duration_seconds,
               'error_message', NEW.error_message,
               'resolution_level', NEW.resolution_level)
     WHERE order_id = NEW.order_id
       AND status IN ('pending', 'acknowledged');
    RETURN NULL;
END;
$$;

CREATE TRIGGER healdesk_complete_order
    AFTER INSERT ON execution_telemetry
    FOR EACH ROW EXECUTE FUNCTION healdesk_complete_order();
