import {
  parseJsonEventStream,
  readUIMessageStream,
  type UIMessage,
  type UIMessageChunk,
  uiMessageChunkSchema,
} from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import { askResponseSchema } from '../../../src/chat';
import {
  type ChatRequest,
  type FakeOpenAiServer,
  startFakeOpenAiServer,
} from '../../chat/llm/fake-openai-server';
import { createTestApp, postJson } from '../../helpers/create-test-app';

const hasToolResult = (request: ChatRequest) => request.messages.some((message) => message.role === 'tool');
const isRetry = (request: ChatRequest) => JSON.stringify(request.messages).includes('chiffres absents');

/** Opens when `open()` is called, or after a safety delay so a broken stream fails its assertions instead of hanging. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    open: () => open(),
    /** The safety delay starts when the provider starts waiting, not before. */
    wait: () => Promise.race([opened, new Promise<void>((resolve) => setTimeout(resolve, 5000))]),
  };
}

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function appAgainst(provider: FakeOpenAiServer, environment: Record<string, string> = {}) {
  return createTestApp({
    environment: {
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: provider.baseUrl,
      OPENAI_MODEL: 'fake-model',
      ...environment,
    },
  }).app;
}

const chatBody = (question: string, extra: Record<string, unknown> = {}) =>
  postJson({ messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: question }] }], ...extra });

/** Reads the stream chunk by chunk, logging `client:<type>` into the provider's event list as each arrives. */
async function readChunks(
  response: Response,
  log: string[],
  onChunk: (chunk: UIMessageChunk) => void = () => {},
) {
  const chunks: UIMessageChunk[] = [];
  for await (const result of parseJsonEventStream({ stream: response.body!, schema: uiMessageChunkSchema })) {
    if (!result.success) throw result.error;
    const chunk = result.value as UIMessageChunk;
    chunks.push(chunk);
    log.push(`client:${chunk.type}`);
    onChunk(chunk);
  }
  return chunks;
}

async function toMessage(chunks: UIMessageChunk[]): Promise<UIMessage> {
  let last: UIMessage | undefined;
  const stream = new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  for await (const message of readUIMessageStream({ stream, terminateOnError: true })) last = message;
  return last!;
}

const textOf = (chunks: UIMessageChunk[]) =>
  chunks.map((chunk) => (chunk.type === 'text-delta' ? chunk.delta : '')).join('');

describe('POST /api/chat streams the LLM answer as it is written', () => {
  it('sends start before the provider answers, tool progress at once, and text before the model has finished', async () => {
    const started = gate();
    const firstText = gate();
    server = await startFakeOpenAiServer((request) =>
      hasToolResult(request)
        ? {
            text: 'Oui : l’IDCC 1486 relève d’OPCO Atlas. Confirmez-le avec votre bulletin de paie.',
            pieces: [
              'Oui : l’IDCC 1486 ',
              'relève d’OPCO Atlas. ',
              'Confirmez-le avec ',
              'votre bulletin de paie.',
            ],
            beforePiece: async (index) => {
              if (index === 2) await firstText.wait();
            },
          }
        : {
            toolCalls: [{ name: 'checkMembership', arguments: { idcc: '1486' } }],
            before: () => started.wait(),
          },
    );
    const log = server.events;
    const response = await appAgainst(server).request('/api/chat', chatBody('IDCC 1486 : quel OPCO ?'));
    log.push('client:headers');
    const chunks = await readChunks(response, log, (chunk) => {
      if (chunk.type === 'start') started.open();
      if (chunk.type === 'text-delta') firstText.open();
    });

    const at = (event: string) => log.indexOf(event);
    expect(at('client:start')).toBeGreaterThan(-1);
    expect(at('client:start')).toBeLessThan(at('finished:1'));
    expect(at('client:data-status')).toBeLessThan(at('finished:2'));
    expect(at('client:text-delta')).toBeLessThan(at('finished:2'));
    expect(at('finished:2')).toBeLessThan(at('client:finish'));
    expect(chunks.find((chunk) => chunk.type === 'data-status')).toEqual({
      type: 'data-status',
      data: { message: 'Je vérifie l’IDCC 1486…' },
      transient: true,
    });
    expect(textOf(chunks)).toBe(
      'Oui : l’IDCC 1486 relève d’OPCO Atlas. Confirmez-le avec votre bulletin de paie.',
    );
    expect(server.requests.map((request) => request.stream)).toEqual([true, true]);
    const message = await toMessage(chunks);
    expect(message.metadata).toMatchObject({ mode: 'llm', degraded: false });
    expect(message.parts.some((part) => part.type === 'data-status')).toBe(false);
  });

  it('never lets an invented « 1 486 € » reach the client: reset, then the regenerated answer', async () => {
    server = await startFakeOpenAiServer((request) => {
      if (!hasToolResult(request))
        return { toolCalls: [{ name: 'checkMembership', arguments: { idcc: '1486' } }] };
      return isRetry(request)
        ? { text: 'Votre entreprise relève d’OPCO Atlas. Le montant dépend des critères de votre branche.' }
        : { text: 'Votre entreprise relève d’OPCO Atlas. Atlas vous versera 1 486 € pour cette formation.' };
    });
    const chunks = await readChunks(
      await appAgainst(server).request('/api/chat', chatBody('IDCC 1486 : combien Atlas me verse-t-il ?')),
      [],
    );
    expect(JSON.stringify(chunks)).not.toMatch(/1 486 €|1486 €/);
    const types = chunks.map((chunk) => chunk.type);
    expect(types.indexOf('text-delta')).toBeLessThan(types.indexOf('data-reset'));
    expect(chunks.find((chunk) => chunk.type === 'data-reset')).toEqual({
      type: 'data-reset',
      data: { reason: 'guard' },
      transient: true,
    });
    const afterReset = chunks.slice(types.indexOf('data-reset'));
    expect(textOf(afterReset)).toBe(
      'Votre entreprise relève d’OPCO Atlas. Le montant dépend des critères de votre branche.',
    );
    expect(JSON.stringify(server.requests.at(-1)?.messages)).toMatch(/1 486 €/);
    const message = await toMessage(chunks);
    expect(message.metadata).toMatchObject({ mode: 'llm', degraded: false });
    // A client that ignores data-reset ends with the replacement as the last text part.
    const texts = message.parts.filter((part) => part.type === 'text').map((part) => part.text);
    expect(texts.at(-1)).toBe(
      'Votre entreprise relève d’OPCO Atlas. Le montant dépend des critères de votre branche.',
    );
  });

  it('sends the offline answer whole, after a reset, when the regenerated answer fails again', async () => {
    server = await startFakeOpenAiServer(() => ({
      text: 'La formation d’un tuteur est financée. Atlas vous versera 1 486 € pour elle.',
    }));
    const chunks = await readChunks(
      await appAgainst(server).request(
        '/api/chat',
        chatBody('Quel est le plafond de prise en charge de la formation d’un tuteur ?'),
      ),
      [],
    );
    expect(JSON.stringify(chunks)).not.toMatch(/1 486 €/);
    expect(chunks.filter((chunk) => chunk.type === 'data-reset')).toHaveLength(2);
    const message = await toMessage(chunks);
    expect(message.metadata).toMatchObject({ mode: 'offline', degraded: true });
    const texts = message.parts.filter((part) => part.type === 'text').map((part) => part.text);
    expect(texts.at(-1)).toMatch(/15 €/);
    expect(server.requests).toHaveLength(2);
  });

  it('passes the request context to the model', async () => {
    server = await startFakeOpenAiServer(() => ({ text: 'Votre entreprise relève d’OPCO Atlas.' }));
    await readChunks(
      await appAgainst(server).request(
        '/api/chat',
        chatBody('Quel OPCO pour mon entreprise ?', {
          context: { idcc: '1486', naf: '6202A', headcount: 6 },
        }),
      ),
      [],
    );
    const system = JSON.stringify(server.requests[0]?.messages[0]);
    expect(system).toMatch(/IDCC 1486 ; code NAF 62\.02A ; effectif 6 salarié/);
  });

  it('keeps links to cited sources and allowed domains, and turns others into plain text', async () => {
    server = await startFakeOpenAiServer((request) =>
      hasToolResult(request)
        ? {
            text: 'Voyez [les critères](https://www.opco-atlas.fr/criteres-financement.html). Ou [ce site](https://evil.example/offre) et https://evil.example/x pour plus.',
          }
        : { toolCalls: [{ name: 'searchKnowledge', arguments: { query: 'critères de financement' } }] },
    );
    const chunks = await readChunks(
      await appAgainst(server).request('/api/chat', chatBody('Où trouver les critères de financement ?')),
      [],
    );
    expect(textOf(chunks)).toBe(
      'Voyez [les critères](https://www.opco-atlas.fr/criteres-financement.html). Ou ce site et evil.example/x pour plus.',
    );
  });

  it('keeps links to the domains of ALLOWED_LINK_DOMAINS only, when it is set', async () => {
    server = await startFakeOpenAiServer(() => ({
      text: 'Voyez [le portail](https://portail.example.org/aide) ou [la fiche](https://www.service-public.fr/f).',
    }));
    const chunks = await readChunks(
      await appAgainst(server, { ALLOWED_LINK_DOMAINS: 'example.org' }).request(
        '/api/chat',
        chatBody('Comment suivre mon dossier ?'),
      ),
      [],
    );
    expect(textOf(chunks)).toBe('Voyez [le portail](https://portail.example.org/aide) ou la fiche.');
  });

  it('sends the provider clean tool schemas: no $schema, no 2^53 bounds, no long date patterns', async () => {
    server = await startFakeOpenAiServer(() => ({ text: 'Votre entreprise relève d’OPCO Atlas.' }));
    await readChunks(await appAgainst(server).request('/api/chat', chatBody('IDCC 1486 : quel OPCO ?')), []);
    const tools = server.requests[0]?.tools ?? [];
    expect(tools.map((tool) => tool.function.name).sort()).toEqual(
      ['apprenticeshipCosts', 'checkDossier', 'checkMembership', 'searchKnowledge', 'simulateFunding'].sort(),
    );
    const json = JSON.stringify(tools);
    expect(json).not.toContain('$schema');
    expect(json).not.toContain('9007199254740991');
    const patterns = [...json.matchAll(/"pattern":"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1] ?? '');
    expect(patterns.filter((pattern) => pattern.length > 40)).toEqual([]);
    expect(json).toContain('"format":"date"');
  });
});

describe('POST /v1/ask uses the same guarded generation', () => {
  it('answers in JSON without the invented « 1 486 € », from the regenerated answer', async () => {
    server = await startFakeOpenAiServer((request) => {
      if (!hasToolResult(request))
        return { toolCalls: [{ name: 'checkMembership', arguments: { idcc: '1486' } }] };
      return isRetry(request)
        ? { text: 'Votre entreprise relève d’OPCO Atlas.' }
        : { text: 'Votre entreprise relève d’OPCO Atlas. Atlas vous versera 1 486 €.' };
    });
    const response = await appAgainst(server).request(
      '/v1/ask',
      postJson({ question: 'IDCC 1486 : combien Atlas me verse-t-il ?', context: { idcc: '1486' } }),
    );
    const body = askResponseSchema.parse(await response.json());
    expect(body).toMatchObject({ mode: 'llm', answer: 'Votre entreprise relève d’OPCO Atlas.' });
    expect(JSON.stringify(body)).not.toMatch(/1 486 €/);
    expect(server.requests.every((request) => request.stream === true)).toBe(true);
    expect(JSON.stringify(server.requests[0]?.messages[0])).toMatch(/IDCC 1486/);
  });
});
