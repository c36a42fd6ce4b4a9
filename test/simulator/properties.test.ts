/** Invariants of the simulator on random inputs (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apprenticeshipInputSchema,
  dossierInputSchema,
  type FundingInput,
  fundingInputSchema,
  membershipInputSchema,
  normalizeIdcc,
  SCHEMES,
} from '../../src/simulator';
import { simulator } from './simulator-fixture';

// why: property runs are reproducible; a failure names the same counterexample on every machine.
fc.configureGlobal({ seed: 20261129 });

const sim = simulator();
const TODAY = { today: '2026-11-27' };
const IDCCS = [
  '1486',
  '0787',
  '2120',
  '3160',
  '2230',
  '0438',
  '3043',
  '1979',
  '9999',
  '0804',
  '1234',
  '787',
  'IDCC 1486',
];

const isoDate = fc
  .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const completeFunding = fc.record({
  scheme: fc.constantFrom(...SCHEMES),
  idcc: fc.constantFrom(...IDCCS),
  headcount: fc.integer({ min: 0, max: 5000 }),
  hours: fc.double({ min: 0.5, max: 2000, noNaN: true }),
  trainees: fc.integer({ min: 1, max: 50 }),
  costExclTax: fc.double({ min: 0, max: 200_000, noNaN: true }),
  providerQualiopi: fc.boolean(),
  requestDate: isoDate,
  startDate: isoDate,
  format: fc.constantFrom('presentiel', 'distanciel', 'mixte'),
  costNature: fc.constantFrom(
    'formation',
    'formation',
    'formation',
    'materiel',
    'licence_logicielle',
    'conseil',
  ),
});

/** A complete input with some fields dropped. */
const fundingInput = fc
  .tuple(
    completeFunding,
    fc.array(fc.constantFrom(...Object.keys(fundingInputSchema.shape)), { maxLength: 5 }),
  )
  .map(([input, dropped]) => {
    const copy: Record<string, unknown> = { ...input };
    for (const key of dropped) delete copy[key];
    return copy as FundingInput;
  });

const VALUE_FOR_MISSING: Record<string, unknown> = {
  scheme: 'contrat_professionnalisation',
  idcc: '0787',
  headcount: 10,
  hours: 200,
  trainees: 1,
  costExclTax: 1000,
  providerQualiopi: true,
  requestDate: '2026-11-02',
  startDate: '2026-11-01',
};

describe('simulateFunding invariants', () => {
  it('keeps 0 ≤ amount ≤ cost, remainingCost = cost − amount, and explains the amount in a step', () => {
    fc.assert(
      fc.property(fundingInput, (input) => {
        const result = sim.simulateFunding(input, TODAY);
        if (result.amount !== null) {
          expect(result.amount).toBeGreaterThanOrEqual(0);
          if (input.costExclTax !== undefined) {
            expect(result.amount).toBeLessThanOrEqual(input.costExclTax);
            expect(result.remainingCost).toBeCloseTo(input.costExclTax - result.amount, 2);
          }
        }
        if (result.outcome === 'eligible' || result.outcome === 'partially_eligible') {
          expect(result.amount).not.toBeNull();
          const values = result.steps.map((step) => step.value).join(' | ');
          expect(values).toContain(
            new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 })
              .format(result.amount!)
              .replace(/\s/g, ' '),
          );
        }
        for (const step of result.steps) if (step.source) expect(step.source.url).toMatch(/^https:\/\//);
      }),
      { numRuns: 400 },
    );
  });

  it('gives not_eligible exactly when a reason is blocking', () => {
    fc.assert(
      fc.property(fundingInput, (input) => {
        const result = sim.simulateFunding(input, TODAY);
        const blocking = result.refusalReasons.some((reason) => reason.blocking);
        expect(result.outcome === 'not_eligible').toBe(blocking);
      }),
      { numRuns: 400 },
    );
  });

  it('asks for every missing input at once: giving them all ends needs_input', () => {
    fc.assert(
      fc.property(fundingInput, (input) => {
        const result = sim.simulateFunding(input, TODAY);
        const blocking = result.refusalReasons.some((reason) => reason.blocking);
        if (!blocking && result.missingInputs.length > 0) expect(result.outcome).toBe('needs_input');
        if (result.outcome !== 'needs_input') return;
        expect(result.amount).toBeNull();
        for (const name of result.missingInputs) expect(input[name as keyof FundingInput]).toBeUndefined();
        if (!input.scheme) return;
        const completed = {
          ...input,
          ...Object.fromEntries(result.missingInputs.map((name) => [name, VALUE_FOR_MISSING[name]])),
        };
        const next = sim.simulateFunding(completed as FundingInput, TODAY);
        expect(next.missingInputs).toEqual([]);
        expect(next.outcome).not.toBe('needs_input');
      }),
      { numRuns: 400 },
    );
  });

  it('never lowers the amount when hours grow, under the same caps', () => {
    const hourly = fc.record({
      scheme: fc.constantFrom('contrat_professionnalisation' as const, 'periode_reconversion' as const),
      idcc: fc.constantFrom('1486', '0787', '2120'),
      trainees: fc.integer({ min: 1, max: 10 }),
      costExclTax: fc.double({ min: 0, max: 50_000, noNaN: true }),
      hours: fc.tuple(
        fc.double({ min: 150, max: 450, noNaN: true }),
        fc.double({ min: 150, max: 450, noNaN: true }),
      ),
    });
    fc.assert(
      fc.property(hourly, ({ hours, ...rest }) => {
        const [low, high] = hours[0] <= hours[1] ? hours : [hours[1], hours[0]];
        const base = { ...rest, providerQualiopi: true, requestDate: '2026-03-02', startDate: '2026-03-20' };
        const first = sim.simulateFunding({ ...base, hours: low }, TODAY);
        const second = sim.simulateFunding({ ...base, hours: high }, TODAY);
        expect(first.amount).not.toBeNull();
        expect(second.amount!).toBeGreaterThanOrEqual(first.amount!);
      }),
      { numRuns: 300 },
    );
  });
});

describe('apprenticeshipCosts invariants', () => {
  it('never raises the NPEC, and never cuts it below the floor', () => {
    const input = fc.record({
      certificationLevel: fc.integer({ min: 3, max: 8 }),
      headcount: fc.integer({ min: 0, max: 5000 }),
      contractDate: isoDate,
      disability: fc.boolean(),
      distanceLearningShare: fc.double({ min: 0, max: 1, noNaN: true }),
      npec: fc.double({ min: 0, max: 30_000, noNaN: true }),
    });
    fc.assert(
      fc.property(input, (value) => {
        const result = sim.apprenticeshipCosts(value, TODAY);
        expect(result.outcome).toBe('computed');
        const npec = result.npec!.amount!;
        // why: amounts are rounded to the cent.
        expect(npec).toBeLessThanOrEqual(value.npec + 0.005);
        expect(npec).toBeGreaterThanOrEqual(Math.min(value.npec, 4000) - 0.005);
        const aid = result.hiringAid!.amount;
        if (aid !== null) expect(aid).toBeGreaterThanOrEqual(0);
        expect([0, 750]).toContain(result.employerParticipation!.amount);
      }),
      { numRuns: 300 },
    );
  });
});

describe('random invalid inputs', () => {
  const schemas = [
    { schema: membershipInputSchema, run: (input: never) => sim.checkMembership(input, TODAY) },
    { schema: fundingInputSchema, run: (input: never) => sim.simulateFunding(input, TODAY) },
    { schema: dossierInputSchema, run: (input: never) => sim.checkDossier(input, TODAY) },
    { schema: apprenticeshipInputSchema, run: (input: never) => sim.apprenticeshipCosts(input, TODAY) },
  ];
  const noisyValue = fc.oneof(
    fc.anything(),
    fc.string(),
    fc.double(),
    fc.integer({ min: -100_000, max: 100_000 }),
    fc.constantFrom('1486', 'IDCC 787', '62.02A', 'before', 'after', 'apprentissage', '2026-02-30', '', null),
  );
  const noisyInput = fc.oneof(
    fc.anything(),
    fc.dictionary(
      fc.constantFrom(
        'idcc',
        'naf',
        'sector',
        'scheme',
        'headcount',
        'hours',
        'trainees',
        'costExclTax',
        'providerQualiopi',
        'requestDate',
        'startDate',
        'stage',
        'documents',
        'facts',
        'certificationLevel',
        'contractDate',
        'npec',
        'distanceLearningShare',
      ),
      noisyValue,
    ),
  );

  it('are rejected by the schema, or simulated, without anything else thrown', () => {
    fc.assert(
      fc.property(noisyInput, fc.integer({ min: 0, max: 3 }), (input, index) => {
        const { schema, run } = schemas[index]!;
        const parsed = schema.safeParse(input);
        if (parsed.success) expect(() => run(parsed.data as never)).not.toThrow();
        else expect(parsed.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('normalizeIdcc', () => {
  it('gives the 4-digit code for any way of writing a number up to 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('', 'IDCC ', 'idcc ', 'IDCC: ', ' '),
        (code, prefix) => {
          expect(normalizeIdcc(`${prefix}${code}`)).toBe(String(code).padStart(4, '0'));
        },
      ),
    );
  });

  it('rejects five digits and words', () => {
    for (const raw of ['12345', 'abc', 'IDCC', '787a', '-787', '']) expect(normalizeIdcc(raw)).toBeNull();
  });
});
