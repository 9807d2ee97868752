-- Whether a login exists and can log in, and whether a partner exists. Binds: login, partner.
SELECT (SELECT count(*) FROM pg_roles r WHERE r.rolname = :login) AS login_exists,
       (SELECT count(*) FROM pg_roles r WHERE r.rolname = :login AND r.rolcanlogin) AS can_login,
       (SELECT count(*) FROM partners p WHERE p.id = :partner::uuid) AS partner_exists
