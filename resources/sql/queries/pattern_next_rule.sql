-- The next free rule number for a rule ID prefix (L1-{TYPE}-). Binds: prefix, prefix.
SELECT coalesce(max(substring(rule_id FROM length(?) + 1)::int), 0) + 1
  FROM l1_rules
 WHERE rule_id LIKE ? || '%' AND substring(rule_id FROM length(?) + 1) ~ '^[0-9]+$'
