-- The case ledger (台账): each case's latest state, written by its grid on every change, for filtered, paged lists
-- and exports without asking any grain. A projection: the case grain's state is the record.
CREATE TABLE IF NOT EXISTS case_ledger (
    case_id        text        COLLATE "C" PRIMARY KEY,
    version        integer     NOT NULL,
    campaign_id    text        COLLATE "C" NULL,
    grid_code      text        COLLATE "C" NOT NULL,
    unit           text        NULL,
    category       text        NOT NULL,
    subcategory    text        NOT NULL,
    source         text        NOT NULL,
    status         text        NOT NULL,
    overdue        boolean     NOT NULL,
    reported_at    timestamptz NOT NULL,
    deadline       timestamptz NOT NULL,
    closed_at      timestamptz NULL,
    closed_on_time boolean     NOT NULL,
    rework_count   integer     NOT NULL,
    description    text        NOT NULL,
    location       text        NOT NULL
);

CREATE INDEX IF NOT EXISTS case_ledger_reported ON case_ledger (reported_at DESC, case_id);
CREATE INDEX IF NOT EXISTS case_ledger_grid ON case_ledger (grid_code, reported_at DESC);
CREATE INDEX IF NOT EXISTS case_ledger_unit ON case_ledger (unit, reported_at DESC);
