/** @module Groups near-duplicate questions (case, accents, punctuation, word order) for the admin insights. */

export type QuestionCount = { question: string; count: number };

/** How many distinct texts the SQL query returns before grouping (enough to merge variants of the top ones). */
export const UNGROUPED_ROWS_PER_RESULT = 20;

function groupKey(question: string): string {
  const words = question
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2);
  return [...new Set(words)].sort().join(' ');
}

/** Sums the counts of near-duplicates; each group is shown by its most frequent wording. */
export function groupSimilarQuestions(rows: readonly QuestionCount[], limit: number): QuestionCount[] {
  const groups = new Map<string, { question: string; top: number; count: number }>();
  for (const { question, count } of rows) {
    const key = groupKey(question) || question;
    const group = groups.get(key);
    if (!group) groups.set(key, { question, top: count, count });
    else {
      group.count += count;
      if (count > group.top) Object.assign(group, { question, top: count });
    }
  }
  return [...groups.values()]
    .sort((left, right) => right.count - left.count || left.question.localeCompare(right.question))
    .slice(0, limit)
    .map(({ question, count }) => ({ question, count }));
}
