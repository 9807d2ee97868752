INSERT INTO healdesk_order_schedules (site_id, appliance_ids, runbook_id, parameters, reason, recurrence, at_time,
                                      day_of_month, ttl_seconds)
VALUES (:site, string_to_array(:appliances, ',')::uuid[], :runbook, :parameters::jsonb, :reason, :recurrence,
        :at_time::time, :day_of_month::int, :ttl_seconds::int)
RETURNING id
