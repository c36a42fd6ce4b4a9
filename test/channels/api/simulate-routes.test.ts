/** POST /v1/simulate/*: the simulator over HTTP, with French 400s naming the field. */
import { describe, expect, it } from 'vitest';
import { createTestApp, postJson } from '../../helpers/create-test-app';

const { app } = createTestApp({ now: () => new Date('2026-11-27T09:00:00Z') });

/** The fields these tests read, across the four result shapes and the error shape. */
type ResponseBody = {
  outcome: string;
  rulesAsOf: string;
  missingInputs: string[];
  explanation: Array<{ source: { url: string } }>;
  steps: unknown[];
  missingDocuments: Array<{ code: string; remedy: string }>;
  refusalReasons: Array<{ code: string }>;
  error: { code: string; message: string };
};

async function post(path: string, body: unknown) {
  const response = await app.request(`/v1/simulate/${path}`, postJson(body));
  return { status: response.status, body: (await response.json()) as ResponseBody };
}

describe('POST /v1/simulate/membership', () => {
  it('answers atlas for IDCC 787 with its sources', async () => {
    const { status, body } = await post('membership', { idcc: 'IDCC 787' });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      outcome: 'atlas',
      opco: 'OPCO Atlas',
      confidence: 'high',
      idcc: { code: '0787' },
    });
    expect(body.explanation[1]?.source.url).toMatch(/^https:\/\//);
    expect(body.rulesAsOf).toBe('2026-11-27');
  });

  it('gives at most medium confidence from a NAF code and asks for the IDCC', async () => {
    const { body } = await post('membership', { naf: '62.02 A' });
    expect(body).toMatchObject({ outcome: 'atlas', confidence: 'medium', missingInputs: ['idcc'] });
  });

  it('rejects a malformed IDCC with a French 400 naming the field', async () => {
    const { status, body } = await post('membership', { idcc: '123456' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toContain('« idcc »');
    expect(body.error.message).toContain('IDCC mal formé');
  });
});

describe('POST /v1/simulate/funding', () => {
  it('computes a contrat pro on the legal default hourly rate, marked indicative', async () => {
    const { status, body } = await post('funding', {
      scheme: 'contrat_professionnalisation',
      idcc: '0787',
      hours: 400,
      trainees: 1,
      costExclTax: 5000,
      providerQualiopi: true,
      requestDate: '2026-09-03',
      startDate: '2026-09-01',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      outcome: 'partially_eligible',
      amount: 3660,
      remainingCost: 1340,
      rulesStatus: 'indicative',
    });
  });

  it('gives rates_unknown for a 2026 plan and names the criteria page', async () => {
    const { body } = await post('funding', {
      scheme: 'plan_developpement_competences',
      idcc: '1486',
      headcount: 12,
      hours: 14,
      trainees: 2,
      costExclTax: 3000,
      providerQualiopi: true,
      requestDate: '2026-11-01',
      startDate: '2026-12-01',
    });
    expect(body).toMatchObject({ outcome: 'rates_unknown', amount: null });
    expect(JSON.stringify(body.steps)).toContain('https://www.opco-atlas.fr/criteres-financement.html');
  });

  it('lists every missing input', async () => {
    const { status, body } = await post('funding', { scheme: 'periode_reconversion' });
    expect(status).toBe(200);
    expect(body.outcome).toBe('needs_input');
    expect(body.missingInputs).toEqual([
      'idcc',
      'hours',
      'trainees',
      'costExclTax',
      'providerQualiopi',
      'requestDate',
      'startDate',
    ]);
  });

  it.each([
    [{ hours: 0 }, 'hours'],
    [{ trainees: 0 }, 'trainees'],
    [{ costExclTax: -1 }, 'costExclTax'],
    [{ scheme: 'cpf' }, 'scheme'],
    [{ startDate: '01/12/2026' }, 'startDate'],
    [{ providerQualiopi: 'oui' }, 'providerQualiopi'],
  ])('rejects %j with a 400 naming « %s »', async (input, field) => {
    const { status, body } = await post('funding', { scheme: 'plan_developpement_competences', ...input });
    expect(status).toBe(400);
    expect(body.error.message).toContain(`« ${field} »`);
  });

  it('rejects a body that is not an object', async () => {
    const { status, body } = await post('funding', [1, 2]);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^Requête invalide/);
  });
});

describe('POST /v1/simulate/dossier', () => {
  it('lists missing documents with their remedies', async () => {
    const { status, body } = await post('dossier', {
      stage: 'after',
      scheme: 'plan_developpement_competences',
      documents: ['facture'],
      facts: { paymentMode: 'subrogation' },
    });
    expect(status).toBe(200);
    expect(body.outcome).toBe('incomplete');
    expect(body.missingDocuments.map((document: { code: string }) => document.code)).toEqual([
      'emargement',
      'certificat_realisation',
    ]);
    expect(body.missingDocuments[0]?.remedy.length).toBeGreaterThan(10);
    expect(body.refusalReasons[0]?.code).toBe('MISSING_DOCUMENTS');
  });

  it('rejects an unknown stage', async () => {
    const { status, body } = await post('dossier', { stage: 'pendant', scheme: 'vae' });
    expect(status).toBe(400);
    expect(body.error.message).toContain('« stage »');
  });
});

describe('POST /v1/simulate/apprenticeship', () => {
  it('computes the hiring aid, the 750 € participation and the NPEC cut', async () => {
    const { status, body } = await post('apprenticeship', {
      certificationLevel: 6,
      headcount: 30,
      contractDate: '2026-09-01',
      distanceLearningShare: 0.9,
      npec: 8000,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      outcome: 'computed',
      hiringAid: { amount: 2000 },
      employerParticipation: { amount: 750 },
      npec: { amount: 6400, reductionApplied: true },
    });
  });

  it('rejects a level outside 3 to 8', async () => {
    const { status, body } = await post('apprenticeship', { certificationLevel: 2 });
    expect(status).toBe(400);
    expect(body.error.message).toContain('« certificationLevel »');
  });
});

describe('OpenAPI', () => {
  it('documents the four routes with their French field descriptions', async () => {
    const response = await app.request('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { paths: Record<string, unknown> };
    for (const path of ['membership', 'funding', 'dossier', 'apprenticeship']) {
      expect(Object.keys(document.paths)).toContain(`/v1/simulate/${path}`);
    }
    expect(JSON.stringify(document.paths['/v1/simulate/funding'])).toContain(
      'Coût pédagogique total hors taxes',
    );
  });
});
