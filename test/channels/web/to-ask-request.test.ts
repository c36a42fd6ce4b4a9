import { describe, expect, it } from 'vitest';
import { toAskRequest } from '../../../src/channels/web/to-ask-request';

const uiMessage = (role: 'user' | 'assistant' | 'system', text: string, extra: object = {}) => ({
  id: crypto.randomUUID(),
  role,
  parts: [{ type: 'text', text }],
  ...extra,
});

describe('toAskRequest', () => {
  it('reads the useChat shape: last user message as the question, earlier ones as history', () => {
    const request = toAskRequest({
      id: 'chat-1',
      trigger: 'submit-message',
      messages: [
        uiMessage('system', 'ignoré'),
        uiMessage('user', 'Nous sommes une ESN.'),
        {
          id: 'a1',
          role: 'assistant',
          parts: [
            { type: 'step-start' },
            { type: 'text', text: 'Vous relevez sans doute d’Atlas.' },
            { type: 'data-citation', data: {} },
          ],
        },
        uiMessage('user', '  Combien pour une formation de 21 h ?  '),
      ],
      context: { idcc: '1486' },
    });
    expect(request).toEqual({
      question: 'Combien pour une formation de 21 h ?',
      history: [
        { role: 'user', content: 'Nous sommes une ESN.' },
        { role: 'assistant', content: 'Vous relevez sans doute d’Atlas.' },
      ],
      context: { idcc: '1486' },
    });
  });

  it('keeps only the last 20 history messages', () => {
    const messages = Array.from({ length: 30 }, (_, index) =>
      uiMessage(index % 2 ? 'assistant' : 'user', `m${index}`),
    );
    const request = toAskRequest({ messages: [...messages, uiMessage('user', 'Et ensuite ?')] });
    expect(request.history).toHaveLength(20);
    expect(request.history?.[0]).toEqual({ role: 'user', content: 'm10' });
  });

  it('reads the simple shape { question, history }', () => {
    expect(toAskRequest({ question: 'Qu’est-ce qu’un OPCO ?', history: [] })).toEqual({
      question: 'Qu’est-ce qu’un OPCO ?',
      history: [],
    });
  });

  it.each([
    [{}, /« question »/],
    [{ question: '   ' }, /« question »/],
    [{ question: 'x'.repeat(2001) }, /« question »/],
    [{ messages: [] }, /« messages »/],
    [{ messages: 'Bonjour' }, /« messages »/],
    [{ messages: [uiMessage('assistant', 'Bonjour')] }, /dernier message/],
    [{ messages: [{ role: 'user', parts: [{ type: 'file', url: 'x' }] }] }, /« messages.question »/],
    [{ messages: [{ role: 'robot', parts: [] }] }, /« messages.0.role »/],
    [[1, 2], /corps de la requête/],
  ])('rejects %j with a French message', (body, message) => {
    let error: unknown;
    try {
      toAskRequest(body);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'invalid_request', message: expect.stringMatching(message) });
  });
});
