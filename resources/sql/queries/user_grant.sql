SELECT healdesk_grant_login(?::name, ?::uuid, ?)
