-- A withdrawn case (作废) stays in the ledger with its reason, so the office sees why it no longer counts.
ALTER TABLE case_ledger ADD COLUMN IF NOT EXISTS withdrawn_reason text NULL;
