-- Who generates the report (the database login) and the partner's name.
SELECT current_user::text AS generated_by, now() AS generated_at,
       (SELECT p.name FROM partners p WHERE p.id = :partner::uuid) AS partner_name,
       (SELECT max(version) FROM healdesk_migrations) AS schema_version
