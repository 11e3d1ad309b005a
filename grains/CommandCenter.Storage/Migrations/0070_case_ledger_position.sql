-- Where a case was found (WGS 84 degrees), when its reporter gave a position, for the map pages' case points. Both or
-- neither, in range; the case grain's state holds the same two numbers.
ALTER TABLE case_ledger ADD COLUMN IF NOT EXISTS latitude double precision NULL;
ALTER TABLE case_ledger ADD COLUMN IF NOT EXISTS longitude double precision NULL;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'case_ledger_position') THEN
        ALTER TABLE case_ledger ADD CONSTRAINT case_ledger_position CHECK (
            (latitude IS NULL) = (longitude IS NULL)
            AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180)));
    END IF;
END $$;

-- The map reads a campaign's newest open cases that have a position.
CREATE INDEX IF NOT EXISTS case_ledger_located ON case_ledger (campaign_id, reported_at DESC)
    WHERE latitude IS NOT NULL AND status NOT IN ('Closed', 'NotAccepted');
