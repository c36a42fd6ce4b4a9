/** @module The Storage contract in SQL, shared by SQLite (Node) and D1 (Workers) through a two-method adapter. */
import { groupSimilarQuestions, UNGROUPED_ROWS_PER_RESULT } from './group-questions';
import type { FeedbackRecord, Insights, QuestionRecord, Storage } from './storage';
import { toStorageError } from './storage-error';

export type SqlValue = string | number | null;

/** The little a SQL engine must offer: run a statement, or read rows. */
export type SqlDatabase = {
  run(sql: string, parameters: SqlValue[]): Promise<{ changes: number }>;
  all<ROW>(sql: string, parameters: SqlValue[]): Promise<ROW[]>;
};

const INSERT_QUESTION = `INSERT INTO questions
  (message_id, created_at, channel, question, intent, outcome, citation_ids, latency_ms, mode)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING`;

// why: one vote per answer; a user who changes their mind replaces the earlier vote.
const UPSERT_FEEDBACK = `INSERT INTO feedback (message_id, created_at, channel, rating, reason, comment)
  VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO UPDATE SET
  created_at = excluded.created_at, channel = excluded.channel, rating = excluded.rating,
  reason = excluded.reason, comment = excluded.comment`;

const CLAIM_EVENT =
  'INSERT INTO events (event_id, claimed_at) VALUES (?, ?) ON CONFLICT (event_id) DO NOTHING';

const PURGE_QUESTIONS = 'DELETE FROM questions WHERE created_at < ?';
const PURGE_FEEDBACK = 'DELETE FROM feedback WHERE created_at < ?';
const PURGE_EVENTS = 'DELETE FROM events WHERE claimed_at < ?';

const VOLUME_BY_DAY = `SELECT substr(created_at, 1, 10) AS day, COUNT(*) AS count FROM questions
  WHERE created_at >= ? GROUP BY day ORDER BY day`;
const VOLUME_BY_INTENT = `SELECT intent, COUNT(*) AS count FROM questions
  WHERE created_at >= ? GROUP BY intent ORDER BY count DESC, intent`;
const OUTCOMES = `SELECT COUNT(*) AS total, COALESCE(SUM(outcome = 'abstained'), 0) AS abstained
  FROM questions WHERE created_at >= ?`;
const TOP_UNANSWERED = `SELECT question, COUNT(*) AS count FROM questions
  WHERE created_at >= ? AND outcome = 'abstained' GROUP BY question ORDER BY count DESC, question LIMIT ?`;
const FEEDBACK_RATINGS =
  'SELECT rating, COUNT(*) AS count FROM feedback WHERE created_at >= ? GROUP BY rating';
const FEEDBACK_REASONS = `SELECT reason, COUNT(*) AS count FROM feedback
  WHERE created_at >= ? AND reason IS NOT NULL GROUP BY reason ORDER BY count DESC, reason`;
const TOP_CITED = `SELECT cited.value AS id, COUNT(*) AS count FROM questions, json_each(questions.citation_ids) AS cited
  WHERE questions.created_at >= ? GROUP BY cited.value ORDER BY count DESC, id LIMIT ?`;

async function guarded<RESULT>(operation: () => Promise<RESULT>): Promise<RESULT> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Builds the storage on any SQL engine; every failure becomes the `storage_unavailable` error. */
export function createSqlStorage(database: SqlDatabase): Storage {
  return {
    recordQuestion: (record: QuestionRecord) =>
      guarded(async () => {
        await database.run(INSERT_QUESTION, [
          record.messageId,
          record.createdAt,
          record.channel,
          record.question,
          record.intent,
          record.outcome,
          JSON.stringify(record.citationIds),
          Math.round(record.latencyMs),
          record.mode,
        ]);
      }),
    recordFeedback: (record: FeedbackRecord) =>
      guarded(async () => {
        await database.run(UPSERT_FEEDBACK, [
          record.messageId,
          record.createdAt,
          record.channel,
          record.rating,
          record.reason,
          record.comment,
        ]);
      }),
    claimEvent: (eventId: string, now: string) =>
      guarded(async () => (await database.run(CLAIM_EVENT, [eventId, now])).changes > 0),
    purge: (before: string) =>
      guarded(async () => {
        const [questions, feedback, events] = await Promise.all(
          [PURGE_QUESTIONS, PURGE_FEEDBACK, PURGE_EVENTS].map((sql) => database.run(sql, [before])),
        );
        return {
          questions: questions?.changes ?? 0,
          feedback: feedback?.changes ?? 0,
          events: events?.changes ?? 0,
        };
      }),
    insights: ({ since, limit }) =>
      guarded(async (): Promise<Insights> => {
        const [byDay, byIntent, outcomes, unanswered, ratings, reasons, cited] = await Promise.all([
          database.all<{ day: string; count: number }>(VOLUME_BY_DAY, [since]),
          database.all<{ intent: string; count: number }>(VOLUME_BY_INTENT, [since]),
          database.all<{ total: number; abstained: number }>(OUTCOMES, [since]),
          database.all<{ question: string; count: number }>(TOP_UNANSWERED, [
            since,
            limit * UNGROUPED_ROWS_PER_RESULT,
          ]),
          database.all<{ rating: string; count: number }>(FEEDBACK_RATINGS, [since]),
          database.all<{ reason: string; count: number }>(FEEDBACK_REASONS, [since]),
          database.all<{ id: string; count: number }>(TOP_CITED, [since, limit]),
        ]);
        const total = Number(outcomes[0]?.total ?? 0);
        const ratingCount = (rating: string) =>
          Number(ratings.find((row) => row.rating === rating)?.count ?? 0);
        return {
          since,
          volumeByDay: byDay.map(({ day, count }) => ({ day, count: Number(count) })),
          volumeByIntent: byIntent.map(({ intent, count }) => ({ intent, count: Number(count) })),
          abstentionRate: total === 0 ? 0 : Number(outcomes[0]?.abstained ?? 0) / total,
          topUnanswered: groupSimilarQuestions(
            unanswered.map(({ question, count }) => ({ question, count: Number(count) })),
            limit,
          ),
          feedback: {
            up: ratingCount('up'),
            down: ratingCount('down'),
            reasons: reasons.map(({ reason, count }) => ({ reason, count: Number(count) })),
          },
          topCitedSections: cited.map(({ id, count }) => ({ id, count: Number(count) })),
        };
      }),
  };
}
