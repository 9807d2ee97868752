SELECT a.report_id, a.pdf, a.csv FROM healdesk_report_archive a WHERE a.id = :id
