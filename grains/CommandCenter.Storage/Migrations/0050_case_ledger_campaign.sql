-- The wall's grid page and the ledger filter cases by campaign: without this index every such read scanned the ledger.
CREATE INDEX IF NOT EXISTS case_ledger_campaign ON case_ledger (campaign_id, reported_at DESC);
