-- Whether a partner ID exists (the command line refuses an unknown one).
SELECT count(*) AS found FROM partners WHERE id = :partner::uuid
