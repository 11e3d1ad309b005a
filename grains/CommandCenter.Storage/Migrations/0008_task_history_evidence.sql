-- A history entry names the evidence its update referred to (ids in task_evidence).
ALTER TABLE task_history ADD COLUMN IF NOT EXISTS evidence_ids uuid[] NOT NULL DEFAULT '{}';
