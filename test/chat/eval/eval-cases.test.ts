import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp, postJson } from '../../helpers/create-test-app';
import { type EvalCase, judge } from './judge-answer';

const load = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, name), 'utf8')) as EvalCase[];

// why: dev-cases.json is the shared development set; the others are our own rewordings (typos, no accents,
// English, follow-ups) that check the engine generalises instead of fitting the dev wording.
const SETS = [
  { file: 'dev-cases.json', minimum: 0.9 },
  { file: 'paraphrase-cases.json', minimum: 0.9 },
  { file: 'generalization-cases.json', minimum: 0.9 },
  { file: 'holdout-cases.json', minimum: 0.9 },
  { file: 'review-cases.json', minimum: 0.9 },
];

describe.each(SETS)('offline answers on $file', ({ file, minimum }) => {
  it(`pass at least ${minimum * 100} % with no ungrounded amount`, async () => {
    const cases = load(file);
    const { app } = createTestApp();
    const failures: string[] = [];
    const ungrounded: string[] = [];
    for (const testCase of cases) {
      const response = await app.request(
        '/v1/ask',
        postJson({ question: testCase.question, history: testCase.history ?? [] }),
      );
      const verdict = judge(testCase, response.status, await response.json());
      if (verdict.problems.length > 0) failures.push(`${testCase.id}: ${verdict.problems.join(', ')}`);
      ungrounded.push(...verdict.ungrounded.map((amount) => `${testCase.id}: ${amount}`));
    }
    expect(ungrounded).toEqual([]);
    expect((cases.length - failures.length) / cases.length, failures.join('\n')).toBeGreaterThanOrEqual(
      minimum,
    );
  });
});
