import { describe, expect, it } from 'vitest';
import { askResponseSchema } from '../../src/chat';
import { createTestApp, postJson } from '../helpers/create-test-app';

describe('a question about several companies', () => {
  it('checks each IDCC and gives each its OPCO', async () => {
    const { app } = createTestApp();
    const response = await app.request(
      '/v1/ask',
      postJson({
        question:
          'Je suis gestionnaire de paie. Mes clients : une ESN sous Syntec, un garage (IDCC 1090) et une banque (IDCC 2120). Quel OPCO pour chacun ?',
      }),
    );
    const body = askResponseSchema.parse(await response.json());
    expect(body.toolCalls.map((call) => call.input)).toEqual([
      { idcc: '1486' },
      { idcc: '1090' },
      { idcc: '2120' },
    ]);
    expect(body.answer).toMatch(/IDCC 1486[^\n]*OPCO Atlas/);
    expect(body.answer).toMatch(/IDCC 1090[^\n]*OPCO Mobilités/);
    expect(body.answer).toMatch(/IDCC 2120[^\n]*OPCO Atlas/);
  });
});
