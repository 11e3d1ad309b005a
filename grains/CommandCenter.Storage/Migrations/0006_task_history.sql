-- Every recorded progress update of every task, appended before the update is acknowledged (never updated or
-- deleted by the product). A row whose version the task never reached (its state write failed after the append)
-- is ignored by readers and replaced by the next update with that version.
CREATE TABLE IF NOT EXISTS task_history (
    task_id      text        COLLATE "C" NOT NULL,
    version      integer     NOT NULL,
    campaign_id  text        COLLATE "C" NOT NULL,
    recorded_at  timestamptz NOT NULL,
    recorded_by  text        NOT NULL,
    value_before numeric     NULL,
    value_after  numeric     NOT NULL,
    note         text        NOT NULL DEFAULT '',
    PRIMARY KEY (task_id, version)
);

CREATE INDEX IF NOT EXISTS task_history_campaign_time ON task_history (campaign_id, recorded_at);
