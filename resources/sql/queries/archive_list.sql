-- The archive, newest period first, without the files.
SELECT a.id, a.schedule_id, a.partner_id::text AS partner_id, a.site_id, coalesce(p.name, s.name, a.site_id) AS scope_name,
       a.period_from, a.period_to, a.report_id, a.digest, a.signing_key_id, k.login::text AS signed_by, a.language,
       a.generated_at, a.generated_by::text AS generated_by, (a.pdf IS NOT NULL) AS has_pdf, (a.csv IS NOT NULL) AS has_csv
  FROM healdesk_report_archive a
  LEFT JOIN partners p ON p.id = a.partner_id
  LEFT JOIN sites s ON s.id = a.site_id
  LEFT JOIN healdesk_signing_keys k ON k.key_id = a.signing_key_id
 ORDER BY a.period_from DESC, a.id DESC
 LIMIT :row_limit
