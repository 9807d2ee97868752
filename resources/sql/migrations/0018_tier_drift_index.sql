-- The incidents whose worked-out tier (0014) is not their recorded one: the
-- tier drift the Data health page counts. A partial index of them (about a
-- fifth of the 10M fleet's incidents) counts them without reading every
-- incident (244 ms); resolution_tier in it tells missing from mismatched.
CREATE INDEX incidents_tier_drift_idx ON incidents (resolution_tier)
    WHERE healdesk_tier <> coalesce(healdesk_normalise_tier(resolution_tier), 'none');
