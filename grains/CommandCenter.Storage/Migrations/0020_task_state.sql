-- Task grain state, written by the task store's group commit rather than the generic grain storage: one statement
-- writes a whole batch of tasks — each state row version-checked — together with their task_history entries, in one
-- transaction. `version` is the task's own version (TaskView.Version): a write succeeds only when the stored version is
-- the one the grain last read or wrote, so a stale writer changes nothing and its history entry is not added.
CREATE TABLE IF NOT EXISTS task_state (
    service_id text        COLLATE "C" NOT NULL,
    task_id    text        COLLATE "C" NOT NULL,
    version    integer     NOT NULL,
    written_at timestamptz NOT NULL DEFAULT now(),
    payload    bytea       NOT NULL,
    PRIMARY KEY (service_id, task_id)
)
-- Leave room on each page so rewriting a state can stay on its page (HOT update, no index write).
WITH (fillfactor = 80);

-- States written before this table existed, by the generic grain storage under the state name "task".
INSERT INTO task_state (service_id, task_id, version, payload)
SELECT s.service_id, s.grain_id_ext, COALESCE((convert_from(s.payload, 'UTF8')::jsonb ->> 'version')::integer, 0), s.payload
FROM orleans_grain_state AS s
WHERE s.grain_type = 'task' AND s.payload IS NOT NULL
ON CONFLICT (service_id, task_id) DO NOTHING;
