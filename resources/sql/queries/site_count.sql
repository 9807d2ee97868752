-- How many sites the database holds (the demo seeds an empty one).
SELECT count(*) AS sites FROM sites
