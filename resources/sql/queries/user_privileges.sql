-- Who the console is connected as, and whether it may change configuration
-- and run fixes (what healdesk_admin, the owner or a superuser may do).
SELECT current_user::text AS login,
       has_table_privilege('runbook_id_mapping', 'INSERT') AND has_table_privilege('incidents', 'UPDATE') AS admin
