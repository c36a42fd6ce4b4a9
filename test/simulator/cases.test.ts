/** Runs every golden case of test/simulator/cases/*.yaml: input through the zod schema, then the simulator. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  apprenticeshipInputSchema,
  dossierInputSchema,
  fundingInputSchema,
  membershipInputSchema,
  REFUSAL_CODES,
  SimulatorInputError,
  transmissionDeadlineInputSchema,
} from '../../src/simulator';
import { simulator } from './simulator-fixture';

type GoldenCase = {
  name: string;
  today: string;
  function:
    | 'checkMembership'
    | 'simulateFunding'
    | 'checkDossier'
    | 'apprenticeshipCosts'
    | 'transmissionDeadline';
  input: Record<string, unknown>;
  /** Partial match of the result, plus: refusalCodes (exact set), missingDocumentCodes (exact set), mentions (texts found in the result). */
  expected?: Record<string, unknown>;
  /** The input is rejected by the schema, with an issue on this field. */
  invalid?: string;
  /** The function, called without the schema, throws this AppError code. */
  error?: string;
};

const SCHEMAS: Record<GoldenCase['function'], z.ZodType> = {
  checkMembership: membershipInputSchema,
  simulateFunding: fundingInputSchema,
  checkDossier: dossierInputSchema,
  apprenticeshipCosts: apprenticeshipInputSchema,
  transmissionDeadline: transmissionDeadlineInputSchema,
};

const directory = join(import.meta.dirname, 'cases');
const files = readdirSync(directory)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const suites = files.map((file) => ({
  file,
  cases: (parseYaml(readFileSync(join(directory, file), 'utf8')) as { cases: GoldenCase[] }).cases,
}));
const sim = simulator();
const seen = { outcomes: new Set<string>(), codes: new Set<string>() };

function run(golden: GoldenCase, input: unknown): Record<string, unknown> {
  const options = { today: golden.today };
  const call = sim[golden.function] as (input: unknown, options: { today: string }) => unknown;
  return call(input, options) as Record<string, unknown>;
}

for (const { file, cases } of suites) {
  describe(file, () => {
    for (const golden of cases) {
      it(golden.name, () => {
        if (golden.error) {
          let thrown: unknown;
          try {
            run(golden, golden.input);
          } catch (error) {
            thrown = error;
          }
          expect(SimulatorInputError.isInstance(thrown) && thrown.code).toBe(golden.error);
          return;
        }
        const parsed = SCHEMAS[golden.function].safeParse(golden.input);
        if (golden.invalid) {
          expect(parsed.success).toBe(false);
          const fields = parsed.error?.issues.map((issue) => issue.path.join('.'));
          expect(fields).toContain(golden.invalid);
          return;
        }
        expect(parsed.error?.issues ?? []).toEqual([]);
        const result = run(golden, parsed.data);
        const { refusalCodes, missingDocumentCodes, mentions, ...partial } = golden.expected ?? {};
        expect(result).toMatchObject(partial);
        const reasons = (result.refusalReasons as Array<{ code: string }> | undefined) ?? [];
        if (refusalCodes)
          expect(reasons.map((reason) => reason.code).sort()).toEqual([...(refusalCodes as string[])].sort());
        if (missingDocumentCodes) {
          const codes = (result.missingDocuments as Array<{ code: string }>).map((document) => document.code);
          expect(codes.sort()).toEqual([...(missingDocumentCodes as string[])].sort());
        }
        const text = JSON.stringify(result);
        for (const mention of (mentions as string[] | undefined) ?? []) expect(text).toContain(mention);
        seen.outcomes.add(`${golden.function}:${String(result.outcome)}`);
        for (const reason of reasons) seen.codes.add(reason.code);
      });
    }
  });
}

describe('golden cases as a whole', () => {
  it('has at least 80 cases', () => {
    expect(suites.reduce((total, suite) => total + suite.cases.length, 0)).toBeGreaterThanOrEqual(80);
  });

  it('covers every outcome and every refusal code', () => {
    const outcomes = [
      ...['atlas', 'other_opco', 'unknown', 'needs_input'].map((outcome) => `checkMembership:${outcome}`),
      ...['eligible', 'partially_eligible', 'not_eligible', 'needs_input', 'rates_unknown'].map(
        (outcome) => `simulateFunding:${outcome}`,
      ),
      ...['complete', 'incomplete', 'at_risk', 'needs_input'].map((outcome) => `checkDossier:${outcome}`),
      ...['computed', 'needs_input'].map((outcome) => `apprenticeshipCosts:${outcome}`),
    ];
    expect([...seen.outcomes].sort()).toEqual(expect.arrayContaining(outcomes));
    expect([...seen.codes].sort()).toEqual([...REFUSAL_CODES].sort());
  });
});
