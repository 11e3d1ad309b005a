-- Photos attached to cases (evidence for close-out), stored in the database like every other acknowledged write.
-- The web host checks size and type before inserting; a rejected upload stores nothing.
CREATE TABLE IF NOT EXISTS case_photos (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      text        COLLATE "C" NOT NULL,
    content_type text        NOT NULL,
    size_bytes   integer     NOT NULL CHECK (size_bytes > 0),
    content      bytea       NOT NULL,
    uploaded_at  timestamptz NOT NULL,
    uploaded_by  text        NOT NULL
);

CREATE INDEX IF NOT EXISTS case_photos_case ON case_photos (case_id);
