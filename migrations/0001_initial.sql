-- Assistant OPCO Atlas: question log, feedback and event deduplication.
-- One schema for Cloudflare D1 (`wrangler d1 migrations apply DB`) and SQLite on Node (applied at start-up).
-- Nothing personal is stored: questions and comments are redacted before they reach this database.

CREATE TABLE IF NOT EXISTS questions (
  message_id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  channel TEXT NOT NULL,
  question TEXT NOT NULL,
  intent TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'abstained')),
  citation_ids TEXT NOT NULL DEFAULT '[]',
  latency_ms INTEGER NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('offline', 'llm'))
);

CREATE INDEX IF NOT EXISTS questions_by_date ON questions (created_at);

CREATE TABLE IF NOT EXISTS feedback (
  message_id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  channel TEXT NOT NULL,
  rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
  reason TEXT CHECK (reason IS NULL OR reason IN ('incorrect', 'incomplete', 'unclear', 'other')),
  comment TEXT
);

CREATE INDEX IF NOT EXISTS feedback_by_date ON feedback (created_at);

CREATE TABLE IF NOT EXISTS events (
  event_id TEXT PRIMARY KEY,
  claimed_at TEXT NOT NULL
);
