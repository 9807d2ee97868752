-- Who the session is, for signing keys: this installation's ID, the login,
-- whether it is a Healdesk admin or the owner of Healdesk's schema, and the
-- partners an approval of its key would cover (healdesk_key_scope).
SELECT s.installation_id::text AS installation_id, session_user::text AS login,
       pg_has_role(session_user, 'healdesk_admin', 'MEMBER') AS admin,
       session_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c
                        WHERE c.oid = 'healdesk_signing_keys'::regclass) AS owner,
       healdesk_key_scope(session_user) AS partners
  FROM healdesk_signing_settings s
