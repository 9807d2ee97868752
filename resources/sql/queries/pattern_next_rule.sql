-- The next free rule number for a rule ID prefix (L1-{TYPE}-). Binds: prefix, prefix.
SELECT coalesce(max(substring(rule_id FROM length(:prefix) + 1)::int), 0) + 1 AS next_number
  FROM l1_rules
 WHERE rule_id LIKE :prefix || '%' AND substring(rule_id FROM length(:prefix) + 1) ~ '^[0-9]+$'
