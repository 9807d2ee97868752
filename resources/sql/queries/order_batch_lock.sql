-- Held to the end of the transaction: one retry of a batch at a time. Binds: batch.
SELECT pg_advisory_xact_lock(hashtextextended('healdesk.batch:' || :batch, 0)) IS NULL AS locked
