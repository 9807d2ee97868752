-- Makes the telemetry partitions of this month and the next three where they
-- are missing (migration 0019); 0 when there is nothing to do or a partition
-- could not be locked within 200 ms.
SELECT healdesk_telemetry_partitions_ahead()
