-- Who generates the report (the database login) and the partner's name.
SELECT current_user::text, now(), (SELECT p.name FROM partners p WHERE p.id = ?::uuid),
       (SELECT max(version) FROM schema_migrations)
