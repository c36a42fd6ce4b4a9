/** @module A fake OpenAI-compatible server on 127.0.0.1: POST /v1/chat/completions, JSON or SSE, with tool calls. */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export type ChatRequest = {
  model: string;
  stream?: boolean;
  messages: Array<{ role: string; content?: unknown; tool_calls?: unknown[]; tool_call_id?: string }>;
  tools?: Array<{ type: string; function: { name: string } }>;
};

/** What the server answers to one request: text, tool calls, or an HTTP error. */
export type FakeReply =
  | { text: string }
  | { toolCalls: Array<{ name: string; arguments: unknown }> }
  | { status: number; error: string };

export type FakeOpenAiServer = {
  baseUrl: string;
  requests: ChatRequest[];
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
    for (const piece of reply.text.match(/.{1,12}/gs) ?? []) {
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

/** Starts the server; `reply` decides each answer from the request (e.g. tool call first, text once a tool result is present). */
export async function startFakeOpenAiServer(
  reply: (request: ChatRequest) => FakeReply,
): Promise<FakeOpenAiServer> {
  const requests: ChatRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: `not found: ${request.method} ${request.url}` } }));
      return;
    }
    const body = JSON.parse(await readBody(request)) as ChatRequest;
    requests.push(body);
    const answer = reply(body);
    if ('status' in answer) {
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: answer.error, type: 'server_error' } }));
      return;
    }
    if (body.stream) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const chunk of streamChunks(answer, body.model))
        response.write(`data: ${JSON.stringify(chunk)}\n\n`);
      response.end('data: [DONE]\n\n');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(completion(answer, body.model)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
