/** @module In-process storage for tests of other features and for `DATABASE_PATH=:none:`; same contract as SQL. */
import { groupSimilarQuestions } from './group-questions';
import type { FeedbackRecord, Insights, QuestionRecord, Storage } from './storage';

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]));
};

export function createMemoryStorage(): Storage & { questions: QuestionRecord[]; feedback: FeedbackRecord[] } {
  const questions: QuestionRecord[] = [];
  const feedback: FeedbackRecord[] = [];
  const events = new Map<string, string>();
  return {
    questions,
    feedback,
    async recordQuestion(record) {
      if (questions.some((question) => question.messageId === record.messageId)) return;
      questions.push(record);
    },
    async recordFeedback(record) {
      // why: one vote per answer, as in SQL; a new vote replaces the earlier one.
      const earlier = feedback.findIndex((entry) => entry.messageId === record.messageId);
      if (earlier >= 0) feedback.splice(earlier, 1);
      feedback.push(record);
    },
    async claimEvent(eventId, now) {
      if (events.has(eventId)) return false;
      events.set(eventId, now);
      return true;
    },
    async purge(before) {
      const keep = <T extends { createdAt: string }>(list: T[]) => {
        const kept = list.filter((entry) => entry.createdAt >= before);
        const removed = list.length - kept.length;
        list.splice(0, list.length, ...kept);
        return removed;
      };
      let removedEvents = 0;
      for (const [eventId, claimedAt] of events) {
        if (claimedAt < before && events.delete(eventId)) removedEvents++;
      }
      return { questions: keep(questions), feedback: keep(feedback), events: removedEvents };
    },
    async insights({ since, limit }): Promise<Insights> {
      const recent = questions.filter((question) => question.createdAt >= since);
      const recentFeedback = feedback.filter((entry) => entry.createdAt >= since);
      const abstained = recent.filter((question) => question.outcome === 'abstained');
      return {
        since,
        volumeByDay: countBy(recent, (question) => question.createdAt.slice(0, 10))
          .map(([day, count]) => ({ day, count }))
          .sort((left, right) => left.day.localeCompare(right.day)),
        volumeByIntent: countBy(recent, (question) => question.intent).map(([intent, count]) => ({
          intent,
          count,
        })),
        abstentionRate: recent.length === 0 ? 0 : abstained.length / recent.length,
        topUnanswered: groupSimilarQuestions(
          countBy(abstained, (question) => question.question).map(([question, count]) => ({
            question,
            count,
          })),
          limit,
        ),
        feedback: {
          up: recentFeedback.filter((entry) => entry.rating === 'up').length,
          down: recentFeedback.filter((entry) => entry.rating === 'down').length,
          reasons: countBy(
            recentFeedback.filter((entry) => entry.reason),
            (entry) => entry.reason ?? '',
          ).map(([reason, count]) => ({ reason, count })),
        },
        topCitedSections: countBy(
          recent.flatMap((question) => question.citationIds.map((id) => ({ id }))),
          (entry) => entry.id,
        )
          .slice(0, limit)
          .map(([id, count]) => ({ id, count })),
      };
    },
  };
}
