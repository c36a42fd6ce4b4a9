/**
 * @module A scripted /api/chat on 127.0.0.1 speaking the real UI message stream (SSE), held between steps by
 * gates the test opens, so progressive rendering is checked without timing. It also serves the built widget
 * and host pages (one with hostile CSS).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import widgetScript from '../../src/generated/widget-script.js';

type Chunk = Record<string, unknown> & { type: string };

export const SLOW_QUESTION = 'Question lente sur le plan de développement';
export const CUT_QUESTION = 'Question coupée en route';
export const GUARD_QUESTION = 'Question dont une phrase échoue au garde-fou';
export const STOP_QUESTION = 'Question que je vais arrêter';
export const AMOUNT_SENTENCE =
  'Pour une formation à 1 200 € HT, Atlas prend en charge 100 % des coûts pédagogiques.';

export const HOSTILE_CSS =
  'div { text-transform: uppercase; letter-spacing: 3px; text-align: center; line-height: 3; font-family: serif; color: #5a0000 }';

const metadata = (messageId: string) => ({
  messageId,
  status: 'answered',
  intent: 'funding',
  mode: 'llm',
  degraded: false,
  redactions: [],
});

function answerChunks(messageId: string, text: string): Chunk[] {
  return [
    { type: 'text-start', id: 't' },
    ...text.split(/(?<= )/).map((delta) => ({ type: 'text-delta', id: 't', delta })),
    { type: 'text-end', id: 't' },
    {
      type: 'data-citation',
      id: 'citation-1',
      data: {
        id: 'criteres-financement',
        title: 'Critères de financement',
        source: 'opco-atlas.fr',
        excerpt: 'Les coûts pédagogiques sont pris en charge selon les critères de la branche.',
        url: 'https://www.opco-atlas.fr/criteres-financement.html',
      },
    },
    {
      type: 'data-simulation',
      id: 'simulation-0',
      data: {
        name: 'simulateFunding',
        input: { costExclTax: 1200 },
        output: { outcome: 'eligible', amount: 1200, remainingCost: 0, rulesStatus: 'verified' },
      },
    },
    {
      type: 'data-follow-ups',
      id: 'follow-ups',
      data: { questions: ['Quels documents fournir ?', 'Et pour un contrat de professionnalisation ?'] },
    },
    { type: 'finish', finishReason: 'stop', messageMetadata: metadata(messageId) },
  ];
}

export type ScriptedChatServer = {
  url: string;
  /** Questions received, in order. */
  questions: string[];
  /** How many /api/chat connections the client closed before the end. */
  aborted(): number;
  /** Lets a held stream go on to its next step. */
  release(): void;
  stop(): Promise<void>;
};

export async function startScriptedChatServer(options: { allowedOrigin?: string } = {}) {
  const questions: string[] = [];
  let aborted = 0;
  let counter = 0;
  let waiting: Array<() => void> = [];
  const gate = () => new Promise<void>((resolve) => waiting.push(resolve));

  async function chat(request: IncomingMessage, response: ServerResponse) {
    let body = '';
    for await (const part of request) body += part;
    const question = String((JSON.parse(body) as { question?: unknown }).question ?? '');
    questions.push(question);
    const attempt = questions.filter((asked) => asked === question).length;
    const messageId = `msg-${++counter}`;
    let finished = false;
    response.on('close', () => {
      if (!finished) aborted++;
    });
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      'x-vercel-ai-ui-message-stream': 'v1',
      ...corsHeaders(request),
    });
    const send = (chunk: Chunk) => response.write(`data: ${JSON.stringify(chunk)}\n\n`);
    const end = () => {
      finished = true;
      response.end('data: [DONE]\n\n');
    };
    send({ type: 'start', messageId, messageMetadata: metadata(messageId) });

    if (question === SLOW_QUESTION) {
      send({ type: 'data-status', transient: true, data: { message: 'Je vérifie l’IDCC 1486…' } });
      await gate();
      send({ type: 'text-start', id: 't0' });
      send({ type: 'text-delta', id: 't0', delta: 'La prise en charge est confirmée. ' });
      send({ type: 'text-end', id: 't0' });
      await gate();
      for (const chunk of answerChunks(messageId, AMOUNT_SENTENCE)) send(chunk);
      return end();
    }
    if (question === CUT_QUESTION && attempt === 1) {
      send({ type: 'text-start', id: 't' });
      send({ type: 'text-delta', id: 't', delta: 'La prise en charge couvre ' });
      finished = true;
      return response.end(); // no `finish`: the connection just ends
    }
    if (question === GUARD_QUESTION) {
      send({ type: 'text-start', id: 't' });
      send({ type: 'text-delta', id: 't', delta: 'Atlas vous versera 1 486 €. ' });
      send({ type: 'data-reset', transient: true, data: { reason: 'guard' } });
      send({ type: 'text-start', id: 't2' });
      send({ type: 'text-delta', id: 't2', delta: 'Le montant dépend du coût HT de la formation.' });
      send({ type: 'text-end', id: 't2' });
      send({ type: 'finish', finishReason: 'stop', messageMetadata: metadata(messageId) });
      return end();
    }
    if (question === STOP_QUESTION) {
      send({ type: 'data-status', transient: true, data: { message: 'Je cherche dans le guide…' } });
      await gate(); // held until the client gives up
      return end();
    }
    for (const chunk of answerChunks(messageId, `Voici la réponse. ${AMOUNT_SENTENCE}`)) send(chunk);
    end();
  }

  function corsHeaders(request: IncomingMessage): Record<string, string> {
    const origin = request.headers.origin;
    return origin && origin === options.allowedOrigin
      ? { 'access-control-allow-origin': origin, 'access-control-allow-headers': 'content-type' }
      : {};
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/widget.js') {
      response.writeHead(200, { 'content-type': 'application/javascript; charset=utf-8' });
      return response.end(widgetScript);
    }
    if (url.pathname === '/healthz') return response.end('ok');
    if (url.pathname === '/api/chat' && request.method === 'OPTIONS') {
      response.writeHead(204, { ...corsHeaders(request), 'access-control-allow-methods': 'POST' });
      return response.end();
    }
    if (url.pathname === '/api/chat' && request.method === 'POST') {
      void chat(request, response);
      return;
    }
    if (url.pathname === '/') {
      const hostile = url.searchParams.has('hostile') ? `<style>${HOSTILE_CSS}</style>` : '';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Intranet RH</title>${hostile}</head>
<body><main><h1>Intranet RH</h1><div><p id="content">Contenu de la page hôte.</p></div></main>
<script src="/widget.js" data-title="Assistant formation" defer></script></body></html>`);
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    questions,
    aborted: () => aborted,
    release() {
      const next = waiting;
      waiting = [];
      for (const resolve of next) resolve();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  } satisfies ScriptedChatServer;
}
