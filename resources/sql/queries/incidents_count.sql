WITH
--#include _scope
SELECT count(*)
--#include _incident_filter
