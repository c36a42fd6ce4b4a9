/**
 * @module The Node HTTP server around the app: oversized bodies refused on Content-Length before reading, lingering
 * close (as nginx does) so clients read the 413 instead of a reset, header/request timeouts and a connection cap.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { errorBody } from '../errors';
import type { Logger } from '../logger';

export type ServeNodeOptions = {
  fetch: Parameters<typeof getRequestListener>[0];
  port: number;
  hostname: string;
  maxBodyBytes: number;
  logger: Logger;
  /** Open connections at most (default 1,024); further ones are refused by the kernel backlog. */
  maxConnections?: number;
  /** Time to receive the request headers (default 10 s). */
  headersTimeoutMs?: number;
  /** Time to receive the whole request (default 30 s). */
  requestTimeoutMs?: number;
  /** How often Node enforces the two timeouts above (default 1 s; Node's own default is 30 s). */
  timeoutCheckIntervalMs?: number;
  /** Lingering close: how long unread body bytes are still read and discarded after the response (default 5 s). */
  lingerMs?: number;
  /** Lingering close: how many unread bytes are discarded at most before the socket is closed (default 16 MiB). */
  lingerBytes?: number;
};

/**
 * Reads and discards what is left of the request body after the response, so the kernel never resets a socket that
 * still holds unread data; past `lingerMs` or `lingerBytes` the socket is closed anyway (slow or endless senders).
 */
export function lingerOnBody(
  incoming: IncomingMessage,
  options: { lingerMs: number; lingerBytes: number },
): void {
  if (incoming.readableEnded || incoming.destroyed) return;
  let bytes = 0;
  const stop = () => {
    clearTimeout(timer);
    incoming.off('data', onData);
  };
  const close = () => {
    stop();
    incoming.socket?.destroy();
  };
  const onData = (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > options.lingerBytes) close();
  };
  const timer = setTimeout(close, options.lingerMs);
  timer.unref();
  // why: a half-read body stream (Hono's bodyLimit stops reading at the limit) pauses the socket again on each chunk;
  // the response is sent, so nobody else needs the body any more.
  incoming.removeAllListeners('data');
  incoming.removeAllListeners('readable');
  incoming.on('data', onData);
  incoming.once('end', stop);
  incoming.once('error', stop);
  incoming.resume();
}

function refuseTooLarge(response: ServerResponse): void {
  const body = JSON.stringify(errorBody('payload_too_large'));
  response.writeHead(413, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

export function serveNode(options: ServeNodeOptions, onListening?: (address: AddressInfo) => void): Server {
  const linger = { lingerMs: options.lingerMs ?? 5000, lingerBytes: options.lingerBytes ?? 16 * 1024 * 1024 };
  // why: @hono/node-server's own clean-up drains for 500 ms then closes with data unread (a reset): we linger instead.
  const listener = getRequestListener(options.fetch, { autoCleanupIncoming: false });
  const server = createServer(
    {
      headersTimeout: options.headersTimeoutMs ?? 10_000,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      connectionsCheckingInterval: options.timeoutCheckIntervalMs ?? 1000,
      keepAliveTimeout: 5000,
    },
    (incoming, outgoing) => {
      outgoing.once('finish', () => lingerOnBody(incoming, linger));
      const declared = Number(incoming.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBodyBytes) {
        refuseTooLarge(outgoing);
        return;
      }
      void listener(incoming, outgoing);
    },
  );
  server.maxConnections = options.maxConnections ?? 1024;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // why: a reset is the client hanging up (a request in flight logs `request_aborted` once, at the app level);
    // malformed or too slow requests are routine too: info, never error.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    options.logger.info('client_error', { code: error.code ?? error.name });
    socket.end(
      `HTTP/1.1 ${timedOut ? '408 Request Timeout' : '400 Bad Request'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    );
  });
  server.listen(options.port, options.hostname, () => onListening?.(server.address() as AddressInfo));
  return server;
}
