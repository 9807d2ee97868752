-- The SLA hours per severity for a partner (:partner, or NULL for the fleet's
-- defaults): the fleet's, the partner's own where it has one, who set what is
-- in force and when, whether the session may change them (an admin), and
-- whether the partner's incidents resolve when an order run from them completes.
SELECT v.severity, f.hours AS fleet_hours, p.hours AS own_hours,
       coalesce(p.set_at, f.set_at) AS set_at, coalesce(p.set_by, f.set_by)::text AS set_by,
       pg_has_role(session_user, 'healdesk_admin', 'MEMBER') AS admin,
       coalesce((SELECT d.auto_resolve FROM healdesk_partner_desk d WHERE d.partner_id = :partner::uuid), false)
           AS auto_resolve
  FROM unnest(ARRAY['critical', 'high', 'medium', 'low']) WITH ORDINALITY AS v(severity, rank)
  LEFT JOIN healdesk_incident_slas f ON f.partner_id IS NULL AND f.severity = v.severity
  LEFT JOIN healdesk_incident_slas p ON :partner::uuid IS NOT NULL AND p.partner_id = :partner::uuid
                                     AND p.severity = v.severity
 ORDER BY v.rank
