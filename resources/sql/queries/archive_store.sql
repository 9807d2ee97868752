-- One archived report per schedule and period: a second worker's insert does nothing.
INSERT INTO healdesk_report_archive (schedule_id, partner_id, site_id, period_from, period_to, report_id, pdf, csv,
                                     digest, signing_key_id, language)
VALUES (:schedule, :partner::uuid, :site, :period_from::timestamptz, :period_to::timestamptz, :report_id, :pdf, :csv,
        :digest, :key_id, :language)
ON CONFLICT (schedule_id, period_from) DO NOTHING
RETURNING id
