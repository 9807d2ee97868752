-- Why a held order whose time came is still held.
UPDATE healdesk_held_orders SET note = :note WHERE order_id = :order AND status = 'held' AND note IS DISTINCT FROM :note
