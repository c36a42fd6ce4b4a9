/** @module A fake OpenAI-compatible server on 127.0.0.1: POST /v1/chat/completions, JSON or SSE, with tool calls, paced text and a log of what happened when. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type ChatRequest = {
  model: string;
  stream?: boolean;
  messages: Array<{ role: string; content?: unknown; tool_calls?: unknown[]; tool_call_id?: string }>;
  tools?: Array<{ type: string; function: { name: string; parameters?: unknown } }>;
};

/**
 * What the server answers to one request: text, tool calls, or an HTTP error. Streamed text may come in given
 * `pieces`, and `beforePiece(index)` is awaited before each piece is written (to pace or hold the stream).
 */
export type FakeReply =
  | { text: string; pieces?: string[]; beforePiece?: (index: number) => Promise<void> }
  | { toolCalls: Array<{ name: string; arguments: unknown }>; before?: () => Promise<void> }
  | { status: number; error: string };

/** `request:N` when request N arrives, `finished:N` when its response ends, `closed:N` when the client leaves first. */
export type ProviderEvent = `${'request' | 'finished' | 'closed'}:${number}`;

export type FakeOpenAiServer = {
  baseUrl: string;
  requests: ChatRequest[];
  /** What happened, in order; tests append their own events to the same list to check the order of both sides. */
  events: string[];
  /** Resolves once `event` is in `events`. */
  waitFor(event: string): Promise<void>;
  close(): Promise<void>;
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function completion(reply: Exclude<FakeReply, { status: number }>, model: string) {
  const message =
    'text' in reply
      ? { role: 'assistant', content: reply.text }
      : {
          role: 'assistant',
          content: null,
          tool_calls: reply.toolCalls.map((call, index) => ({
            id: `call_${index}`,
            type: 'function',
            function: {
              name: call.name,
              arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
            },
          })),
        };
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_760_000_000,
    model,
    choices: [{ index: 0, message, finish_reason: 'text' in reply ? 'stop' : 'tool_calls' }],
    usage: { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 },
  };
}

function streamChunks(reply: Exclude<FakeReply, { status: number }>, model: string): unknown[] {
  const base = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_760_000_000, model };
  const chunks: unknown[] = [
    { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
  ];
  if ('text' in reply) {
    for (const piece of reply.pieces ?? reply.text.match(/.{1,12}/gs) ?? []) {
      chunks.push({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
    }
  } else {
    reply.toolCalls.forEach((call, index) => {
      const args = typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);
      chunks.push({
        ...base,
        choices: [
          {
            index: 0,
            delta: {
              tool_calls: [
                {
                  index,
                  id: `call_${index}`,
                  type: 'function',
                  function: { name: call.name, arguments: '' },
                },
              ],
            },
            finish_reason: null,
          },
        ],
      });
      for (const piece of args.match(/.{1,10}/gs) ?? []) {
        chunks.push({
          ...base,
          choices: [
            {
              index: 0,
              delta: { tool_calls: [{ index, function: { arguments: piece } }] },
              finish_reason: null,
            },
          ],
        });
      }
    });
  }
  chunks.push({
    ...base,
    choices: [{ index: 0, delta: {}, finish_reason: 'text' in reply ? 'stop' : 'tool_calls' }],
    usage: { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 },
  });
  return chunks;
}

/** Streams the reply; text pieces wait for `beforePiece`, and nothing more is written once the client has gone. */
async function writeStream(
  response: ServerResponse,
  answer: Exclude<FakeReply, { status: number }>,
  model: string,
) {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  response.flushHeaders();
  const chunks = streamChunks(answer, model);
  const [first, ...rest] = chunks;
  response.write(`data: ${JSON.stringify(first)}\n\n`);
  if ('toolCalls' in answer) await answer.before?.();
  let piece = 0;
  for (const chunk of rest) {
    const isText = 'text' in answer && piece < rest.length - 1;
    if (isText && 'text' in answer) await answer.beforePiece?.(piece);
    if (isText) piece += 1;
    if (response.destroyed) return;
    response.write(`data: ${JSON.stringify(chunk)}\n\n`);
  }
  response.end('data: [DONE]\n\n');
}

/** Starts the server; `reply` decides each answer from the request (e.g. tool call first, text once a tool result is present). */
export async function startFakeOpenAiServer(
  reply: (request: ChatRequest) => FakeReply | Promise<FakeReply>,
): Promise<FakeOpenAiServer> {
  const requests: ChatRequest[] = [];
  const events: string[] = [];
  const waiters: Array<{ event: string; resolve: () => void }> = [];
  const record = (event: string) => {
    events.push(event);
    for (const waiter of waiters.filter((candidate) => candidate.event === event)) waiter.resolve();
  };
  const sockets = new Set<Socket>();
  const server: Server = createServer(async (request, response) => {
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: `not found: ${request.method} ${request.url}` } }));
      return;
    }
    const body = JSON.parse(await readBody(request)) as ChatRequest;
    requests.push(body);
    const number = requests.length;
    record(`request:${number}`);
    response.on('close', () => record(response.writableFinished ? `finished:${number}` : `closed:${number}`));
    const answer = await reply(body);
    if ('status' in answer) {
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: answer.error, type: 'server_error' } }));
      return;
    }
    if (body.stream) {
      await writeStream(response, answer, body.model);
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(completion(answer, body.model)));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    events,
    waitFor: (event) =>
      events.includes(event) ? Promise.resolve() : new Promise((resolve) => waiters.push({ event, resolve })),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
