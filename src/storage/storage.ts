/** @module The storage contract for question logs, feedback and event deduplication (SQLite on Node, D1 on Workers). */

export type Channel = 'api' | 'web' | 'slack' | 'teams' | 'helpdesk';

/** One answered question. `question` is already redacted; nothing personal is stored. */
export type QuestionRecord = {
  messageId: string;
  createdAt: string;
  channel: Channel;
  question: string;
  intent: string;
  outcome: 'answered' | 'abstained';
  citationIds: string[];
  latencyMs: number;
  mode: 'offline' | 'llm';
};

export type FeedbackReason = 'incorrect' | 'incomplete' | 'unclear' | 'other';

export type FeedbackRecord = {
  messageId: string;
  createdAt: string;
  channel: Channel;
  rating: 'up' | 'down';
  reason: FeedbackReason | null;
  /** Already redacted. */
  comment: string | null;
};

export type Insights = {
  since: string;
  volumeByDay: Array<{ day: string; count: number }>;
  volumeByIntent: Array<{ intent: string; count: number }>;
  abstentionRate: number;
  topUnanswered: Array<{ question: string; count: number }>;
  feedback: { up: number; down: number; reasons: Array<{ reason: string; count: number }> };
  topCitedSections: Array<{ id: string; count: number }>;
};

/** Health of the write path, shown in /healthz (Node's SQLite queue; absent on D1 and in memory). */
export type StorageStats = { queued: number; dropped: number; failed: number; reopened: number };

export interface Storage {
  recordQuestion(record: QuestionRecord): Promise<void>;
  recordFeedback(record: FeedbackRecord): Promise<void>;
  insights(options: { since: string; limit: number }): Promise<Insights>;
  /** Marks an external event (Slack event_id…) as seen; false when it was already claimed. */
  claimEvent(eventId: string, now: string): Promise<boolean>;
  /** Deletes questions, feedback and claimed events older than `before` (RETENTION_DAYS); returns the rows deleted. */
  purge(before: string): Promise<{ questions: number; feedback: number; events: number }>;
  stats?(): StorageStats;
}
