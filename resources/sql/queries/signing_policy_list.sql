-- Each partner the login sees with whether its orders must be signed, and who set that.
SELECT p.id::text AS partner_id, p.name, healdesk_signing_required(p.id) AS required,
       (sp.partner_id IS NOT NULL) AS own_policy, sp.set_at, sp.set_by::text AS set_by
  FROM partners p
  LEFT JOIN healdesk_signing_policy sp ON sp.partner_id = p.id
 ORDER BY p.name, p.id
