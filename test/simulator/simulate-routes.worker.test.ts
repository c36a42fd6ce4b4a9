/** The simulator routes inside workerd, through the real worker entry. */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const worker = exports.default;

function post(path: string, body: unknown) {
  return worker.fetch(
    new Request(`http://worker.test/v1/simulate/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

describe('simulator routes (workerd)', () => {
  it('serves /v1/simulate/membership', async () => {
    const response = await post('membership', { idcc: '3160' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      outcome: 'atlas',
      opco: 'OPCO Atlas',
      idcc: { code: '3160' },
    });
  });

  it('serves /v1/simulate/funding', async () => {
    const response = await post('funding', {
      scheme: 'periode_reconversion',
      idcc: '1486',
      hours: 300,
      trainees: 1,
      costExclTax: 4000,
      providerQualiopi: true,
      requestDate: '2026-03-01',
      startDate: '2026-03-20',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      outcome: 'partially_eligible',
      amount: 2745,
      remainingCost: 1255,
    });
  });

  it('serves /v1/simulate/apprenticeship', async () => {
    const response = await post('apprenticeship', {
      certificationLevel: 5,
      headcount: 300,
      contractDate: '2026-04-01',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ hiringAid: { amount: 1500 } });
  });

  it('answers a French 400 naming the field', async () => {
    const response = await post('funding', { hours: -3 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain('« hours »');
  });
});
