/** @module The Storage contract as a test suite, run on memory, SQLite (Node) and D1 (workerd). */
import { describe, expect, it } from 'vitest';
import type { FeedbackRecord, QuestionRecord, Storage } from '../../src/storage';

export function questionRecord(overrides: Partial<QuestionRecord> = {}): QuestionRecord {
  return {
    messageId: crypto.randomUUID(),
    createdAt: '2026-11-20T10:00:00.000Z',
    channel: 'web',
    question: 'Comment adhérer à Atlas ?',
    intent: 'membership',
    outcome: 'answered',
    citationIds: [],
    latencyMs: 12,
    mode: 'offline',
    ...overrides,
  };
}

export function feedbackRecord(overrides: Partial<FeedbackRecord> = {}): FeedbackRecord {
  return {
    messageId: crypto.randomUUID(),
    createdAt: '2026-11-20T10:05:00.000Z',
    channel: 'web',
    rating: 'up',
    reason: null,
    comment: null,
    ...overrides,
  };
}

const SINCE = '2026-11-01T00:00:00.000Z';

/** Declares the shared tests; `createStorage` must return an empty storage each time. */
export function describeStorageContract(name: string, createStorage: () => Promise<Storage> | Storage) {
  describe(`${name} storage contract`, () => {
    it('returns empty insights when nothing was recorded', async () => {
      const storage = await createStorage();
      expect(await storage.insights({ since: SINCE, limit: 5 })).toEqual({
        since: SINCE,
        volumeByDay: [],
        volumeByIntent: [],
        abstentionRate: 0,
        topUnanswered: [],
        feedback: { up: 0, down: 0, reasons: [] },
        topCitedSections: [],
      });
    });

    it('aggregates volume by day and intent, abstentions, unanswered questions and cited sections', async () => {
      const storage = await createStorage();
      const records = [
        questionRecord({
          createdAt: '2026-11-20T08:00:00.000Z',
          citationIds: ['guide/adhesion', 'guide/npec'],
        }),
        questionRecord({ createdAt: '2026-11-20T09:00:00.000Z', citationIds: ['guide/adhesion'] }),
        questionRecord({ createdAt: '2026-11-21T09:00:00.000Z', intent: 'funding', outcome: 'abstained' }),
        questionRecord({
          createdAt: '2026-11-21T10:00:00.000Z',
          intent: 'funding',
          outcome: 'abstained',
          question: 'Question sans réponse B',
        }),
        questionRecord({ createdAt: '2026-11-22T10:00:00.000Z', intent: 'funding', outcome: 'abstained' }),
        questionRecord({
          createdAt: '2026-10-01T10:00:00.000Z',
          intent: 'documents',
          citationIds: ['guide/old'],
        }),
      ];
      for (const record of records) await storage.recordQuestion(record);

      const insights = await storage.insights({ since: SINCE, limit: 1 });
      expect(insights.volumeByDay).toEqual([
        { day: '2026-11-20', count: 2 },
        { day: '2026-11-21', count: 2 },
        { day: '2026-11-22', count: 1 },
      ]);
      expect(insights.volumeByIntent).toEqual([
        { intent: 'funding', count: 3 },
        { intent: 'membership', count: 2 },
      ]);
      expect(insights.abstentionRate).toBeCloseTo(3 / 5);
      expect(insights.topUnanswered).toEqual([{ question: 'Comment adhérer à Atlas ?', count: 2 }]);
      expect(insights.topCitedSections).toEqual([{ id: 'guide/adhesion', count: 2 }]);
    });

    it('records a question once even when the same message id is logged twice', async () => {
      const storage = await createStorage();
      const record = questionRecord();
      await storage.recordQuestion(record);
      await storage.recordQuestion(record);
      const insights = await storage.insights({ since: SINCE, limit: 5 });
      expect(insights.volumeByIntent).toEqual([{ intent: 'membership', count: 1 }]);
    });

    it('counts feedback and reasons, keeping the latest vote per answer', async () => {
      const storage = await createStorage();
      const changedMind = feedbackRecord({ rating: 'up' });
      await storage.recordFeedback(changedMind);
      await storage.recordFeedback({ ...changedMind, rating: 'down', reason: 'incomplete' });
      await storage.recordFeedback(feedbackRecord({ rating: 'down', reason: 'incorrect', comment: 'Faux.' }));
      await storage.recordFeedback(feedbackRecord({ rating: 'down', reason: 'incomplete' }));
      await storage.recordFeedback(feedbackRecord({ rating: 'up' }));
      await storage.recordFeedback(feedbackRecord({ rating: 'up', createdAt: '2026-10-01T00:00:00.000Z' }));

      const insights = await storage.insights({ since: SINCE, limit: 5 });
      expect(insights.feedback).toEqual({
        up: 1,
        down: 3,
        reasons: [
          { reason: 'incomplete', count: 2 },
          { reason: 'incorrect', count: 1 },
        ],
      });
    });

    it('purges questions, feedback and events older than the cutoff (RETENTION_DAYS), keeping the rest', async () => {
      const storage = await createStorage();
      await storage.recordQuestion(questionRecord({ createdAt: '2026-05-01T10:00:00.000Z' }));
      await storage.recordQuestion(questionRecord({ createdAt: '2026-11-20T10:00:00.000Z' }));
      await storage.recordFeedback(feedbackRecord({ createdAt: '2026-05-01T10:05:00.000Z', rating: 'down' }));
      await storage.recordFeedback(feedbackRecord({ createdAt: '2026-11-20T10:05:00.000Z' }));
      await storage.claimEvent('EvOld', '2026-05-01T10:00:00.000Z');
      await storage.claimEvent('EvNew', '2026-11-20T10:00:00.000Z');

      expect(await storage.purge('2026-06-01T00:00:00.000Z')).toEqual({
        questions: 1,
        feedback: 1,
        events: 1,
      });
      const insights = await storage.insights({ since: '2026-01-01T00:00:00.000Z', limit: 5 });
      expect(insights.volumeByDay).toEqual([{ day: '2026-11-20', count: 1 }]);
      expect(insights.feedback).toMatchObject({ up: 1, down: 0 });
      expect(await storage.purge('2026-06-01T00:00:00.000Z')).toEqual({
        questions: 0,
        feedback: 0,
        events: 0,
      });
    });

    it('claims an external event once', async () => {
      const storage = await createStorage();
      expect(await storage.claimEvent('Ev0123', '2026-11-20T10:00:00.000Z')).toBe(true);
      expect(await storage.claimEvent('Ev0123', '2026-11-20T10:00:01.000Z')).toBe(false);
      expect(await storage.claimEvent('Ev0456', '2026-11-20T10:00:02.000Z')).toBe(true);
    });
  });
}
