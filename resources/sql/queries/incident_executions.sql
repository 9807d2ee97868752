-- Every execution of one incident, oldest first.
--#include _execution_rows
 WHERE e.incident_id = :incident
 ORDER BY coalesce(e.completed_at, e.started_at, e.created_at) NULLS FIRST, e.id
