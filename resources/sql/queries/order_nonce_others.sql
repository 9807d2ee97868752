-- Other orders that carry this nonce, with what they signed: a nonce belongs
-- to the order whose signed payload names it.
SELECT o.order_id, o.signed_payload
  FROM orders o
 WHERE o.nonce = :nonce AND o.order_id <> :order
