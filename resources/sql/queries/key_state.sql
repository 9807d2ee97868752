-- The state of the session's own key (pending, approved, expired, revoked); no row when it is not registered.
SELECT k.state FROM healdesk_key_states k WHERE k.key_id = :key_id AND k.login = session_user
