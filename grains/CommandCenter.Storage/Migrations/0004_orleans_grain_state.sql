-- CommandCenter grain state: one row per persisted state record, holding the serialized state (UTF-8
-- JSON bytes from the product's grain storage serializer) and an integer version that is the ETag.
--
-- Identity (primary key) is what the ADO.NET grain storage provider passes for every call:
--   service_id   = @ServiceId
--   grain_type   = @GrainTypeString        (the state name, e.g. the [PersistentState] name)
--   grain_id_n0  = @GrainIdN0, grain_id_n1 = @GrainIdN1  (Guid halves / integer key, else 0)
--   grain_id_ext = @GrainIdExtensionString (string key or key extension, NULL stored as '')
-- The hashes the provider also sends (@GrainIdHash, @GrainTypeHash) are not stored: the natural key
-- is exact, so state does not depend on which hasher is configured. Text key columns use the "C"
-- collation so key comparisons are plain byte comparisons.
--
-- Versioning contract:
--   * first write (@GrainStateVersion NULL) creates the row at version 1
--   * later writes and clears succeed only when @GrainStateVersion equals the stored version, and
--     return the new version (wrapping from 2147483647 back to 1)
--   * a stale or missing version makes the statement return no row, which the provider reports
--     as an inconsistent-state conflict
--   * a clear keeps the row with a NULL payload and a new version (read back as "no record" with
--     that ETag), the delete variant removes the row (only used with DeleteStateOnClear)
-- Every statement is a single SQL statement: one round trip, no functions.

CREATE TABLE IF NOT EXISTS orleans_grain_state
(
    grain_id_n0  bigint               NOT NULL,
    grain_id_n1  bigint               NOT NULL,
    written_at   timestamptz          NOT NULL DEFAULT now(),
    version      integer              NOT NULL,
    service_id   text COLLATE "C"     NOT NULL,
    grain_type   text COLLATE "C"     NOT NULL,
    grain_id_ext text COLLATE "C"     NOT NULL DEFAULT '',
    payload      bytea                NULL,
    CONSTRAINT orleans_grain_state_pk
        PRIMARY KEY (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext)
)
-- Leave room on each page so rewriting a state can stay on its page (HOT update, no index write).
WITH (fillfactor = 90);

COMMENT ON TABLE orleans_grain_state IS 'CommandCenter: persisted grain state (JSON bytes) with optimistic version';

INSERT INTO orleansquery (querykey, querytext) VALUES

-- Zero or one row: the payload (NULL after a clear) and its version.
('ReadFromStorageKey', $sql$
SELECT
    s.payload AS "PayloadBinary",
    s.version AS "Version"
FROM orleans_grain_state AS s
WHERE s.service_id = @ServiceId
  AND s.grain_type = @GrainTypeString
  AND s.grain_id_n0 = @GrainIdN0
  AND s.grain_id_n1 = @GrainIdN1
  AND s.grain_id_ext = COALESCE(@GrainIdExtensionString, '')
$sql$),

-- Version-checked upsert. With an expected version only the UPDATE branch can match, without one
-- only the INSERT branch runs (and yields nothing if the row already exists). Returns one row with
-- the new version, or no row on conflict.
('WriteToStorageKey', $sql$
WITH updated AS (
    UPDATE orleans_grain_state AS s
       SET payload = @PayloadBinary,
           version = CASE WHEN s.version = 2147483647 THEN 1 ELSE s.version + 1 END,
           written_at = now()
     WHERE s.service_id = @ServiceId
       AND s.grain_type = @GrainTypeString
       AND s.grain_id_n0 = @GrainIdN0
       AND s.grain_id_n1 = @GrainIdN1
       AND s.grain_id_ext = COALESCE(@GrainIdExtensionString, '')
       AND s.version = @GrainStateVersion
    RETURNING s.version
),
inserted AS (
    INSERT INTO orleans_grain_state
        (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(@GrainIdExtensionString, ''),
           @PayloadBinary, 1
     WHERE @GrainStateVersion IS NULL
    ON CONFLICT (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext) DO NOTHING
    RETURNING version
)
SELECT u.version AS "NewGrainStateVersion" FROM updated AS u
UNION ALL
SELECT i.version FROM inserted AS i
$sql$),

-- Version-checked clear: keeps the row, drops the payload, bumps the version. Returns the new version
-- in the first column, or no row on conflict.
('ClearStorageKey', $sql$
UPDATE orleans_grain_state AS s
   SET payload = NULL,
       version = CASE WHEN s.version = 2147483647 THEN 1 ELSE s.version + 1 END,
       written_at = now()
 WHERE s.service_id = @ServiceId
   AND s.grain_type = @GrainTypeString
   AND s.grain_id_n0 = @GrainIdN0
   AND s.grain_id_n1 = @GrainIdN1
   AND s.grain_id_ext = COALESCE(@GrainIdExtensionString, '')
   AND s.version = @GrainStateVersion
RETURNING s.version AS "NewGrainStateVersion"
$sql$),

-- Version-checked delete (only when the provider is configured with DeleteStateOnClear). Returns a
-- value different from the expected version in the first column, or no row on conflict.
('DeleteStorageKey', $sql$
DELETE FROM orleans_grain_state AS s
 WHERE s.service_id = @ServiceId
   AND s.grain_type = @GrainTypeString
   AND s.grain_id_n0 = @GrainIdN0
   AND s.grain_id_n1 = @GrainIdN1
   AND s.grain_id_ext = COALESCE(@GrainIdExtensionString, '')
   AND s.version = @GrainStateVersion
RETURNING CASE WHEN s.version = 2147483647 THEN 1 ELSE s.version + 1 END AS "NewGrainStateVersion"
$sql$)

ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
