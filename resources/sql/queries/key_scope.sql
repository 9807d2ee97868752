-- The partners an approval of this login's key must name.
SELECT healdesk_key_scope(:login) AS partners
