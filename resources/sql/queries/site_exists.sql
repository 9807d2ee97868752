-- Whether a site ID exists (the command line refuses an unknown one).
SELECT count(*) AS found FROM sites WHERE id = :site
