-- Evidence (photos, scans, PDFs) attached to task updates. Stored here, not in grain state; the bytes were checked
-- (type by their leading magic bytes, size) before the row was written.
CREATE TABLE IF NOT EXISTS task_evidence (
    id           uuid        PRIMARY KEY,
    task_id      text        COLLATE "C" NOT NULL,
    campaign_id  text        COLLATE "C" NOT NULL,
    file_name    text        NOT NULL,
    content_type text        NOT NULL,
    size_bytes   integer     NOT NULL,
    sha256       bytea       NOT NULL,
    content      bytea       NOT NULL,
    uploaded_at  timestamptz NOT NULL,
    uploaded_by  text        NOT NULL
);

CREATE INDEX IF NOT EXISTS task_evidence_task ON task_evidence (task_id, uploaded_at);
