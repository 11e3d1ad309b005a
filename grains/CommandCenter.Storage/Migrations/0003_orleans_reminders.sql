-- CommandCenter durable reminders: one row per (service, grain, reminder name), with the grain's
-- uniform hash so each silo can load the reminders of the hash range it owns.
--
-- grain_hash is the provider's unsigned 32-bit hash stored as a signed integer (the provider passes
-- it that way). The provider picks ReadRangeRows1Key when the range (begin, end] does not wrap in
-- signed order and ReadRangeRows2Key when it does, so both comparisons below are signed.
-- version is the reminder's ETag: it changes on every upsert and deletes must name the current one.
-- Result columns are aliased to the names the ADO.NET reminder provider reads by name.

CREATE TABLE IF NOT EXISTS orleans_reminder
(
    service_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    reminder_name text        NOT NULL,
    grain_hash    integer     NOT NULL,
    start_time    timestamptz NOT NULL,
    period_ms     bigint      NOT NULL,
    version       integer     NOT NULL,
    CONSTRAINT orleans_reminder_pk PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX IF NOT EXISTS orleans_reminder_hash_ix ON orleans_reminder (service_id, grain_hash);

COMMENT ON TABLE orleans_reminder IS 'CommandCenter: durable grain reminders';

INSERT INTO orleansquery (querykey, querytext) VALUES

-- Create or replace a reminder. Returns the new ETag: 1 when created, previous + 1 when replaced.
('UpsertReminderRowKey', $sql$
INSERT INTO orleans_reminder AS r
    (service_id, grain_id, reminder_name, grain_hash, start_time, period_ms, version)
VALUES
    (@ServiceId, @GrainId, @ReminderName, @GrainHash, @StartTime, @Period, 1)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
   SET grain_hash = EXCLUDED.grain_hash,
       start_time = EXCLUDED.start_time,
       period_ms  = EXCLUDED.period_ms,
       version    = r.version + 1
RETURNING r.version AS "Version"
$sql$),

-- One reminder of a grain (zero or one row).
('ReadReminderRowKey', $sql$
SELECT
    r.grain_id      AS "GrainId",
    r.reminder_name AS "ReminderName",
    r.start_time    AS "StartTime",
    r.period_ms     AS "Period",
    r.version       AS "Version"
FROM orleans_reminder AS r
WHERE r.service_id = @ServiceId
  AND r.grain_id = @GrainId
  AND r.reminder_name = @ReminderName
$sql$),

-- All reminders of a grain.
('ReadReminderRowsKey', $sql$
SELECT
    r.grain_id      AS "GrainId",
    r.reminder_name AS "ReminderName",
    r.start_time    AS "StartTime",
    r.period_ms     AS "Period",
    r.version       AS "Version"
FROM orleans_reminder AS r
WHERE r.service_id = @ServiceId
  AND r.grain_id = @GrainId
$sql$),

-- Reminders whose hash lies in (@BeginHash, @EndHash], range not wrapping (begin < end, signed).
('ReadRangeRows1Key', $sql$
SELECT
    r.grain_id      AS "GrainId",
    r.reminder_name AS "ReminderName",
    r.start_time    AS "StartTime",
    r.period_ms     AS "Period",
    r.version       AS "Version"
FROM orleans_reminder AS r
WHERE r.service_id = @ServiceId
  AND r.grain_hash > @BeginHash
  AND r.grain_hash <= @EndHash
$sql$),

-- Reminders whose hash lies in the wrapping range: above @BeginHash or at most @EndHash
-- (begin = end selects every reminder of the service).
('ReadRangeRows2Key', $sql$
SELECT
    r.grain_id      AS "GrainId",
    r.reminder_name AS "ReminderName",
    r.start_time    AS "StartTime",
    r.period_ms     AS "Period",
    r.version       AS "Version"
FROM orleans_reminder AS r
WHERE r.service_id = @ServiceId
  AND (r.grain_hash > @BeginHash OR r.grain_hash <= @EndHash)
$sql$),

-- Delete a reminder if its ETag is still @Version. One row, one boolean: true when deleted.
('DeleteReminderRowKey', $sql$
WITH removed AS (
    DELETE FROM orleans_reminder AS r
     WHERE r.service_id = @ServiceId
       AND r.grain_id = @GrainId
       AND r.reminder_name = @ReminderName
       AND r.version = @Version
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM removed) AS "Removed"
$sql$),

-- Delete every reminder of the service (used by tests to reset the table).
('DeleteReminderRowsKey', $sql$
DELETE FROM orleans_reminder AS r
 WHERE r.service_id = @ServiceId
$sql$)

ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
