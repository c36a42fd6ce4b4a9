import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/app';
import { type ServeNodeOptions, serveNode } from '../../src/http/serve-node';
import { createTestApp } from '../helpers/create-test-app';
import { expectErrorShape } from './error-shape';
import { createRecordingLogger } from './recording-logger';

const TWO_MEBIBYTES = 2 * 1024 * 1024;
let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function start(options: Partial<ServeNodeOptions> = {}) {
  const { logger, lines } = createRecordingLogger();
  const { app } = createTestApp({ logger });
  const port = await new Promise<number>((resolve) => {
    server = serveNode(
      { fetch: app.fetch, port: 0, hostname: '127.0.0.1', maxBodyBytes: MAX_BODY_BYTES, logger, ...options },
      (address) => resolve(address.port),
    );
  });
  return { base: `http://127.0.0.1:${port}`, port, lines };
}

function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

const closed = (socket: Socket) => new Promise((resolve) => socket.once('close', resolve));

describe('the Node server around the app', () => {
  it('answers 40 of 40 2 MB POSTs sent with fetch with a clean 413 (Content-Length checked before reading)', async () => {
    const { base } = await start();
    const body = JSON.stringify({ question: 'x'.repeat(TWO_MEBIBYTES) });
    const outcomes: string[] = [];
    for (let index = 0; index < 40; index++) {
      try {
        const response = await fetch(`${base}/v1/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        await expectErrorShape(response, 413, 'payload_too_large');
        outcomes.push('413');
      } catch (error) {
        outcomes.push(String((error as { cause?: { code?: string } }).cause?.code ?? error));
      }
    }
    console.info(
      JSON.stringify({ twoMegabytePosts: 40, clean413: outcomes.filter((x) => x === '413').length }),
    );
    expect(outcomes).toEqual(Array(40).fill('413'));
  });

  it('stops a chunked upload at the limit and still lets the client read the 413', async () => {
    const { base } = await start();
    const outcomes: string[] = [];
    for (let index = 0; index < 20; index++) {
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      const stream = new ReadableStream({
        start(controller) {
          for (let count = 0; count < 32; count++) controller.enqueue(chunk);
          controller.close();
        },
      });
      try {
        const response = await fetch(`${base}/v1/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: stream,
          duplex: 'half',
        } as RequestInit);
        await expectErrorShape(response, 413, 'payload_too_large');
        outcomes.push('413');
      } catch (error) {
        outcomes.push(String((error as { cause?: { code?: string } }).cause?.code ?? error));
      }
    }
    expect(outcomes).toEqual(Array(20).fill('413'));
  });

  it('logs an aborted upload once, at info level', async () => {
    const { port, lines } = await start();
    const socket = await openSocket(port);
    socket.write(
      'POST /v1/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 20000\r\n\r\n{"question":"',
    );
    await expect.poll(() => socket.bytesWritten).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    await expect.poll(() => lines.filter((line) => line.event === 'request_aborted').length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lines.filter((line) => line.event === 'request_aborted')).toHaveLength(1);
    expect(lines.filter((line) => line.level !== 'info')).toEqual([]);
  });

  it('closes a connection whose headers never finish (headersTimeout)', async () => {
    const { port } = await start({ headersTimeoutMs: 300, timeoutCheckIntervalMs: 100 });
    const socket = await openSocket(port);
    let received = '';
    socket.on('data', (data) => {
      received += data.toString();
    });
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    await closed(socket);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('caps open connections (maxConnections)', async () => {
    const { port } = await start({ maxConnections: 2 });
    const kept = [await openSocket(port), await openSocket(port)];
    const extra = await openSocket(port);
    await closed(extra);
    expect(extra.bytesRead).toBe(0);
    for (const socket of kept) expect(socket.destroyed).toBe(false);
    for (const socket of kept) socket.destroy();
  });
});
