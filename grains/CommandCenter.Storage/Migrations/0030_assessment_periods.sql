-- Published assessment periods (月通报排名, 第N期): one row per revision, written once and never changed. A correction
-- is a new revision (revision + 1, with a note); the trigger below refuses any UPDATE or DELETE, so no code path can
-- silently rewrite what was published.
CREATE TABLE IF NOT EXISTS assessment_periods (
    service_id   text        COLLATE "C" NOT NULL,
    campaign_id  text        COLLATE "C" NOT NULL,
    period       text        COLLATE "C" NOT NULL,
    revision     integer     NOT NULL,
    number       integer     NOT NULL,
    published_at timestamptz NOT NULL,
    published_by text        NOT NULL,
    note         text        NOT NULL,
    body         jsonb       NOT NULL,
    PRIMARY KEY (service_id, campaign_id, period, revision)
);

CREATE OR REPLACE FUNCTION assessment_periods_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published assessment periods are immutable: add a revision instead';
END;
$$;

DROP TRIGGER IF EXISTS assessment_periods_immutable ON assessment_periods;
CREATE TRIGGER assessment_periods_immutable BEFORE UPDATE OR DELETE ON assessment_periods
    FOR EACH ROW EXECUTE FUNCTION assessment_periods_immutable();
