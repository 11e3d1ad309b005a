-- CommandCenter cluster membership: which silos belong to a cluster, their health, and where clients
-- find gateways.
--
-- orleans_membership_version holds one optimistic-concurrency counter per cluster (ClusterId, which the
-- provider calls DeploymentId). Every membership change must name the counter value it last read, and
-- bumps it in the same statement, so two silos can never both win a conflicting change.
-- orleans_membership holds one row per silo incarnation (address, port, generation).
--
-- Statements are registered in orleansquery under the keys the ADO.NET clustering provider (silo side)
-- and gateway list provider (client side) look up. Result columns are aliased to the names the
-- provider reads by name. Each statement is a single SQL statement (no functions, no round trips).
-- SiloStatus values used below: 3 = Active, 6 = Dead.

CREATE TABLE IF NOT EXISTS orleans_membership_version
(
    deployment_id text        NOT NULL,
    version       integer     NOT NULL DEFAULT 0,
    changed_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT orleans_membership_version_pk PRIMARY KEY (deployment_id)
);

CREATE TABLE IF NOT EXISTS orleans_membership
(
    deployment_id   text        NOT NULL,
    address         text        NOT NULL,
    port            integer     NOT NULL,
    generation      integer     NOT NULL,
    silo_name       text        NOT NULL,
    host_name       text        NOT NULL,
    status          integer     NOT NULL,
    proxy_port      integer     NOT NULL DEFAULT 0,
    suspect_times   text        NULL,
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    CONSTRAINT orleans_membership_pk PRIMARY KEY (deployment_id, address, port, generation),
    -- Removing a cluster's counter row removes its silos too.
    CONSTRAINT orleans_membership_version_fk FOREIGN KEY (deployment_id)
        REFERENCES orleans_membership_version (deployment_id) ON DELETE CASCADE
);

COMMENT ON TABLE orleans_membership_version IS 'CommandCenter: membership table version (optimistic concurrency counter) per cluster';
COMMENT ON TABLE orleans_membership IS 'CommandCenter: one row per silo incarnation of a cluster';

INSERT INTO orleansquery (querykey, querytext) VALUES

-- Create the cluster's counter row if it is missing. One row, one boolean: true when created here.
('InsertMembershipVersionKey', $sql$
WITH created AS (
    INSERT INTO orleans_membership_version (deployment_id)
    VALUES (@DeploymentId)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM created) AS "Created"
$sql$),

-- Counter row plus one silo row, or the counter row alone (silo columns NULL) when the silo is absent.
('MembershipReadRowKey', $sql$
SELECT
    v.version         AS "Version",
    m.address         AS "Address",
    m.port            AS "Port",
    m.generation      AS "Generation",
    m.silo_name       AS "SiloName",
    m.host_name       AS "HostName",
    m.status          AS "Status",
    m.proxy_port      AS "ProxyPort",
    m.suspect_times   AS "SuspectTimes",
    m.start_time      AS "StartTime",
    m.i_am_alive_time AS "IAmAliveTime"
FROM orleans_membership_version AS v
LEFT JOIN orleans_membership AS m
       ON m.deployment_id = v.deployment_id
      AND m.address = @Address
      AND m.port = @Port
      AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId
$sql$),

-- Counter row joined to every silo row of the cluster (at least one row while the counter exists).
('MembershipReadAllKey', $sql$
SELECT
    v.version         AS "Version",
    m.address         AS "Address",
    m.port            AS "Port",
    m.generation      AS "Generation",
    m.silo_name       AS "SiloName",
    m.host_name       AS "HostName",
    m.status          AS "Status",
    m.proxy_port      AS "ProxyPort",
    m.suspect_times   AS "SuspectTimes",
    m.start_time      AS "StartTime",
    m.i_am_alive_time AS "IAmAliveTime"
FROM orleans_membership_version AS v
LEFT JOIN orleans_membership AS m
       ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId
$sql$),

-- Add a silo row. Succeeds only if the counter still equals @Version and the silo row does not exist
-- yet, and bumps the counter in the same statement. One row, one boolean.
('InsertMembershipKey', $sql$
WITH bumped AS (
    UPDATE orleans_membership_version AS v
       SET version = v.version + 1,
           changed_at = now()
     WHERE v.deployment_id = @DeploymentId
       AND v.version = @Version
       AND NOT EXISTS (
               SELECT 1
                 FROM orleans_membership AS x
                WHERE x.deployment_id = @DeploymentId
                  AND x.address = @Address
                  AND x.port = @Port
                  AND x.generation = @Generation)
    RETURNING v.deployment_id
),
inserted AS (
    INSERT INTO orleans_membership
        (deployment_id, address, port, generation, silo_name, host_name,
         status, proxy_port, suspect_times, start_time, i_am_alive_time)
    SELECT b.deployment_id, @Address, @Port, @Generation, COALESCE(@SiloName, ''), COALESCE(@HostName, ''),
           @Status, COALESCE(@ProxyPort, 0), NULL, @StartTime, @IAmAliveTime
      FROM bumped AS b
    ON CONFLICT (deployment_id, address, port, generation) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted) AS "Inserted"
$sql$),

-- Change a silo's status / suspicion votes. Succeeds only if the counter still equals @Version and the
-- silo row exists, and bumps the counter in the same statement. The heartbeat never moves backwards.
-- One row, one boolean.
('UpdateMembershipKey', $sql$
WITH bumped AS (
    UPDATE orleans_membership_version AS v
       SET version = v.version + 1,
           changed_at = now()
     WHERE v.deployment_id = @DeploymentId
       AND v.version = @Version
       AND EXISTS (
               SELECT 1
                 FROM orleans_membership AS x
                WHERE x.deployment_id = @DeploymentId
                  AND x.address = @Address
                  AND x.port = @Port
                  AND x.generation = @Generation)
    RETURNING v.deployment_id
),
updated AS (
    UPDATE orleans_membership AS m
       SET status = @Status,
           suspect_times = @SuspectTimes,
           i_am_alive_time = GREATEST(m.i_am_alive_time, @IAmAliveTime)
      FROM bumped AS b
     WHERE m.deployment_id = b.deployment_id
       AND m.address = @Address
       AND m.port = @Port
       AND m.generation = @Generation
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM updated) AS "Updated"
$sql$),

-- Heartbeat. Not version checked (the provider ignores the outcome), only ever moves forward.
('UpdateIAmAlivetimeKey', $sql$
UPDATE orleans_membership AS m
   SET i_am_alive_time = @IAmAliveTime
 WHERE m.deployment_id = @DeploymentId
   AND m.address = @Address
   AND m.port = @Port
   AND m.generation = @Generation
   AND m.i_am_alive_time < @IAmAliveTime
$sql$),

-- Client side: gateways of Active silos (@Status is Active) that expose a gateway port.
('GatewaysQueryKey', $sql$
SELECT
    m.address    AS "Address",
    m.proxy_port AS "ProxyPort",
    m.generation AS "Generation"
FROM orleans_membership AS m
WHERE m.deployment_id = @DeploymentId
  AND m.status = @Status
  AND m.proxy_port > 0
$sql$),

-- Remove a whole cluster: the counter row, and its silo rows through the cascading foreign key.
('DeleteMembershipTableEntriesKey', $sql$
DELETE FROM orleans_membership_version AS v
 WHERE v.deployment_id = @DeploymentId
$sql$),

-- Bulk pruning of Dead silos that started and last reported before the cutoff (@IAmAliveTime).
-- The provider only uses this when CleanupDefunctSiloEntryKey is absent.
('CleanupDefunctSiloEntriesKey', $sql$
DELETE FROM orleans_membership AS m
 WHERE m.deployment_id = @DeploymentId
   AND m.status = 6
   AND m.start_time < @IAmAliveTime
   AND m.i_am_alive_time < @IAmAliveTime
$sql$),

-- Pruning of one Dead silo the provider has read and judged defunct: deletes the row only if it is
-- still exactly as read (status, start time, heartbeat and suspicion votes unchanged).
('CleanupDefunctSiloEntryKey', $sql$
DELETE FROM orleans_membership AS m
 WHERE m.deployment_id = @DeploymentId
   AND m.address = @Address
   AND m.port = @Port
   AND m.generation = @Generation
   AND m.status = 6
   AND m.start_time = @StartTime
   AND m.i_am_alive_time = @IAmAliveTime
   AND COALESCE(m.suspect_times, '') = COALESCE(@SuspectTimes, '')
$sql$)

ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
