/** @module Starts the real Node server (npx tsx src/node.ts) and a host page on another origin, for browser tests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export type AssistantServer = {
  url: string;
  databasePath: string;
  output: () => string;
  stop(): Promise<void>;
};

/** Spawns the Node entry in its own process group, waits for /healthz, and stops the whole group afterwards. */
export async function startAssistantServer(environment: Record<string, string>): Promise<AssistantServer> {
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 'atlas-browser-'));
  const databasePath = join(directory, 'assistant.db');
  const { OPENAI_API_KEY: _ignored, ...inherited } = process.env;
  const child: ChildProcess = spawn('npx', ['tsx', 'src/node.ts'], {
    cwd: projectRoot,
    detached: true,
    env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: databasePath, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (data) => (output += data));
  child.stderr?.on('data', (data) => (output += data));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(directory, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) break;
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { url, databasePath, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the Node server did not start:\n${output}`);
}

/** A tiny site on another origin that embeds the widget with one script tag, under a strict CSP of its own. */
export async function startHostPage(options: {
  port: number;
  apiUrl: string;
  scriptAttributes: string;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const { port, apiUrl, scriptAttributes } = options;
  const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Portail RH — intranet de démonstration</title></head>
<body>
<header><h1>Portail RH</h1></header>
<main>
<p>Bienvenue sur l’intranet des ressources humaines.</p>
<button type="button" data-atlas-question="Qu’est-ce qu’un OPCO ?">Qu’est-ce qu’un OPCO ?</button>
</main>
<script src="${apiUrl}/widget.js" ${scriptAttributes}></script>
</body>
</html>`;
  const server: Server = createHttpServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // why: no 'unsafe-inline' styles or scripts: the widget must work on a host with a strict policy.
      'content-security-policy': `default-src 'none'; script-src ${apiUrl}; connect-src ${apiUrl}; style-src 'self'; img-src 'self'`,
    });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
