WITH
--#include _scope
SELECT count(*) AS incidents
--#include _incident_filter
