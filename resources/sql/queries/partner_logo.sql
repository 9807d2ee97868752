-- A partner's logo (PNG) and its SHA-256, if one is set.
SELECT png, sha256 FROM healdesk_partner_logo WHERE partner_id = :partner::uuid
