-- Pending orders whose time to live ran out become expired (80_orders.sql).
SELECT healdesk_expire_orders() AS expired
