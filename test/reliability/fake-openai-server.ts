/** @module A local OpenAI-compatible server (POST /v1/chat/completions, JSON or SSE) that fails on purpose. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FakeOpenAiFailure =
  | 'server-error'
  | 'hang'
  | 'malformed-stream'
  | 'tool-call-invalid-arguments'
  | 'tool-call-unknown-tool';

export type FakeOpenAiServer = {
  /** For OPENAI_BASE_URL. */
  baseUrl: string;
  /** Raw bodies of every chat/completions request received. */
  requests: string[];
  close(): Promise<void>;
};

const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) =>
  `data: ${JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 1_767_225_600,
    model: 'fake-model',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  })}\n\n`;

function toolCall(name: string, argumentsText: string) {
  return { id: 'call_fake_1', type: 'function', function: { name, arguments: argumentsText } };
}

function respondWithToolCall(response: ServerResponse, stream: boolean, name: string, argumentsText: string) {
  if (stream) {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.write(
      chunk({ role: 'assistant', tool_calls: [{ index: 0, ...toolCall(name, argumentsText) }] }),
    );
    response.write(chunk({}, 'tool_calls'));
    response.end('data: [DONE]\n\n');
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 1_767_225_600,
      model: 'fake-model',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: null, tool_calls: [toolCall(name, argumentsText)] },
          finish_reason: 'tool_calls',
        },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    }),
  );
}

function respond(
  failure: FakeOpenAiFailure,
  request: IncomingMessage,
  body: string,
  response: ServerResponse,
) {
  if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));
    return;
  }
  const stream = /"stream"\s*:\s*true/.test(body);
  switch (failure) {
    case 'server-error':
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'The server had an error', type: 'server_error' } }));
      return;
    case 'hang':
      // Headers never come: the client's timeout must fire.
      return;
    case 'malformed-stream':
      if (stream) {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write(chunk({ role: 'assistant', content: 'Le finan' }));
        response.write('data: {"id":"chatcmpl-fake","choices":[{"delta":{"content":\n\n');
        response.end('data: ceci n’est pas du JSON\n\n');
      } else {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          '{"id":"chatcmpl-fake","object":"chat.completion","choices":[{"index":0,"message":{"role":',
        );
      }
      return;
    case 'tool-call-invalid-arguments':
      respondWithToolCall(
        response,
        stream,
        'simulateFunding',
        '{"scheme": "plan_developpement_competences", "hours": ',
      );
      return;
    case 'tool-call-unknown-tool':
      respondWithToolCall(response, stream, 'transferFunds', '{"amount": 1000000}');
      return;
  }
}

export async function startFakeOpenAiServer(failure: FakeOpenAiFailure): Promise<FakeOpenAiServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const parts: Buffer[] = [];
    request.on('data', (part: Buffer) => parts.push(part));
    request.on('end', () => {
      const body = Buffer.concat(parts).toString('utf8');
      requests.push(body);
      respond(failure, request, body, response);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
