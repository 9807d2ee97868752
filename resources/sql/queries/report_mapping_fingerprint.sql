-- The whole runbook ID mapping as the report read it: its row count and the
-- SHA-256 of its rows ("l1_rule_id<TAB>runbook_id<LF>" in l1_rule_id order).
SELECT count(*) AS rows,
       encode(sha256(convert_to(coalesce(string_agg(l1_rule_id || E'\t' || runbook_id || E'\n', ''
                                                    ORDER BY l1_rule_id), ''), 'UTF8')), 'hex') AS sha256
  FROM runbook_id_mapping
