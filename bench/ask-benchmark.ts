/** @module npm run bench:ask — p50/p99 of offline answers over the dev questions, in-process and over HTTP, side by side. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createApp } from '../src/app';
import { createBackgroundTasks } from '../src/background-tasks';
import { readConfig } from '../src/config';
import { getKnowledge } from '../src/knowledge';
import { silentLogger } from '../src/logger';
import { createMemoryStorage } from '../src/storage';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const root = join(import.meta.dirname, '..');
const cases = JSON.parse(readFileSync(join(root, 'test/chat/eval/dev-cases.json'), 'utf8')) as Array<{
  question: string;
  history?: unknown[];
}>;
const bodies = cases.map((testCase) =>
  JSON.stringify({ question: testCase.question, history: testCase.history ?? [] }),
);

type Stats = { count: number; p50: number; p99: number; mean: number; max: number };

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((left, right) => left - right);
  const at = (percentile: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((percentile / 100) * sorted.length))] ?? 0;
  return {
    count: sorted.length,
    p50: at(50),
    p99: at(99),
    mean: sorted.reduce((sum, value) => sum + value, 0) / (sorted.length || 1),
    max: sorted.at(-1) ?? 0,
  };
}

async function measure(send: (body: string) => Promise<Response>): Promise<Stats> {
  for (const body of bodies) await (await send(body)).text(); // warm-up round, not measured
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const body of bodies) {
      const started = performance.now();
      const response = await send(body);
      await response.text();
      samples.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`HTTP ${response.status} for ${body}`);
    }
  }
  return stats(samples);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not become healthy in 30 s');
}

async function overHttp(): Promise<Stats> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { OPENAI_API_KEY: _offline, ...inherited } = process.env;
  const environment = { ...inherited, PORT: String(port), HOST: '127.0.0.1', LOG_QUESTIONS: 'false' };
  const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
  const child = spawn(process.execPath, [tsxCli, 'src/node.ts'], {
    cwd: root,
    env: environment,
    stdio: 'ignore',
  });
  try {
    await waitForHealth(url, child);
    return await measure((body) =>
      fetch(`${url}/v1/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
    );
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

function inProcess(): Promise<Stats> {
  const app = createApp({
    config: readConfig({ LOG_QUESTIONS: 'false' }),
    knowledge: getKnowledge(),
    storage: createMemoryStorage(),
    logger: silentLogger,
    backgroundTasks: createBackgroundTasks(),
    fetch: globalThis.fetch.bind(globalThis),
    now: () => new Date(),
  });
  return measure(async (body) =>
    app.request('/v1/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
  );
}

const local = await inProcess();
const http = await overHttp();
const format = (value: number) => value.toFixed(2).padStart(8);
console.log(
  `ask benchmark — offline, ${cases.length} dev questions × ${ROUNDS} rounds (after one warm-up round)`,
);
console.log('                 count   p50 ms   p99 ms  mean ms   max ms');
for (const [label, row] of [
  ['in-process', local],
  ['HTTP (node)', http],
] as const) {
  console.log(
    `${label.padEnd(14)} ${String(row.count).padStart(6)} ${format(row.p50)} ${format(row.p99)} ${format(row.mean)} ${format(row.max)}`,
  );
}
