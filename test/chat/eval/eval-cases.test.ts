import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createTestApp, postJson } from '../../helpers/create-test-app';
import { type EvalCase, judge } from './judge-answer';

const load = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, name), 'utf8')) as EvalCase[];
/** Cases known to fail today, by set, each with the reason; a fixed case must leave the list (the test says so). */
const knownFailures = parse(readFileSync(join(import.meta.dirname, 'known-failures.yaml'), 'utf8')) as Record<
  string,
  Record<string, string> | null
>;

// why: dev-cases.json is the shared development set (a copy of ../shared/eval); the others are the team's own
// rewordings (typos, no accents, English, follow-ups) that check the engine generalises.
const SETS = [
  'dev-cases.json',
  'paraphrase-cases.json',
  'generalization-cases.json',
  'holdout-cases.json',
  'review-cases.json',
];

describe.each(SETS)('offline answers on %s', (file) => {
  it('pass every case but the listed known failures, with no ungrounded amount', async () => {
    const cases = load(file);
    const known = knownFailures[file] ?? {};
    const { app } = createTestApp();
    const failing: string[] = [];
    const details: string[] = [];
    const ungrounded: string[] = [];
    for (const testCase of cases) {
      const turns = testCase.turns ?? [testCase];
      const history = [...(testCase.turns ? [] : (testCase.history ?? []))];
      const problems: string[] = [];
      for (const turn of turns) {
        const response = await app.request('/v1/ask', postJson({ question: turn.question, history }));
        const body = await response.json();
        const verdict = judge(turn, response.status, body);
        problems.push(...verdict.problems);
        ungrounded.push(...verdict.ungrounded.map((amount) => `${testCase.id}: ${amount}`));
        history.push(
          { role: 'user', content: turn.question },
          { role: 'assistant', content: String(body.answer ?? '') },
        );
      }
      if (problems.length > 0) {
        failing.push(testCase.id);
        details.push(`${testCase.id}: ${problems.join(', ')}`);
      }
    }
    expect(ungrounded).toEqual([]);
    const unexpected = failing.filter((id) => !(id in known));
    const fixed = Object.keys(known).filter((id) => !failing.includes(id));
    expect(
      unexpected,
      details.filter((line) => unexpected.some((id) => line.startsWith(`${id}:`))).join('\n'),
    ).toEqual([]);
    expect(fixed, 'now passing: remove them from known-failures.yaml').toEqual([]);
  });
});
