SELECT healdesk_archive_delete(:id, :reason) AS done
