-- The executions an order caused, oldest first. Binds: order.
--#include _execution_rows
 WHERE e.order_id = :order
 ORDER BY coalesce(e.completed_at, e.started_at, e.created_at) NULLS FIRST, e.id
