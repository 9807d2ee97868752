SELECT healdesk_grant_login(:login::name, :partner::uuid, :admin) AS added
