-- A partner's signing policy carries the admin's signed statement, so an
-- appliance that holds the fleet's trust file honours "off" only when an
-- admin it trusts said so: a row written by anyone else counts for nothing
-- (definitions/15_signing.sql, healdesk_signing_policy_set).
ALTER TABLE healdesk_signing_policy
    ADD COLUMN signing_key_id TEXT,
    ADD COLUMN statement TEXT,
    ADD COLUMN signature TEXT;

-- Orders an appliance refused (status 'rejected', the reason in result) are
-- an exception in reports and their own Data health detector.
CREATE INDEX orders_rejected_idx ON orders (issued_at DESC) WHERE status = 'rejected';
