-- Whether a database exists on the cluster (the demo makes its own).
SELECT count(*) AS found FROM pg_database WHERE datname = :database
