/**
 * @module `npm run bench`: the real Node server under autocannon (req/s, p50/p99, errors), cold start, RSS and
 * the Worker bundle, as a markdown table in bench/results/latest.md. The server is what `npm start` runs (build it
 * first: the npm scripts do). `--check` (CI) is short and fails only on errors, non-2xx answers, a failed storage
 * write or a bundle over 1 MiB gzip, never on timings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUNDLE_LIMIT_BYTES, measureWorkerBundle } from '../scripts/check-bundle';
import { askRequests, fundingRequests, QUESTIONS, searchRequests } from './bench-requests';
import { type LoadRequest, type LoadResult, runLoad } from './load';
import { ROOT, type StartOptions, startServer } from './start-server';

const check = process.argv.includes('--check');
const LOAD_SECONDS = check ? 1 : 5;
const WARMUP_SECONDS = check ? 0 : 1;
const CONNECTIONS = check ? [16] : [16, 64];
const COLD_STARTS = check ? 1 : 3;
const TARGETS = { askShareOfHealthz: 0.4, p99Ms: 25, coldStartMs: 1000 };

const ROUTES: Array<{ label: string; requests: () => LoadRequest[] }> = [
  { label: 'GET /healthz', requests: () => [{ method: 'GET', path: '/healthz' }] },
  { label: 'GET /v1/search', requests: searchRequests },
  { label: 'POST /v1/ask (offline)', requests: askRequests },
  { label: 'POST /v1/simulate/funding', requests: fundingRequests },
];

type ColdStart = { healthzMs: number; firstAnswerMs: number; firstAnswerOk: boolean };

const median = (values: number[]) =>
  [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const mark = (met: boolean) => (met ? '✅ met' : '❌ missed');

const startedAt = performance.now();
const progress = (message: string) =>
  console.error(`[${((performance.now() - startedAt) / 1000).toFixed(1)} s] ${message}`);

async function measureColdStart(launcher: StartOptions['launcher']): Promise<ColdStart> {
  const server = await startServer({ launcher });
  try {
    const response = await fetch(`${server.baseUrl}/v1/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: QUESTIONS[0] }),
    });
    const body = (await response.json().catch(() => ({}))) as { answer?: unknown };
    const firstAnswerOk = response.status === 200 && typeof body.answer === 'string';
    if (!firstAnswerOk) console.error(`cold start: the first /v1/ask answered ${response.status}`);
    return {
      healthzMs: server.readyAfterMs,
      firstAnswerMs: performance.now() - server.spawnedAt,
      firstAnswerOk,
    };
  } finally {
    await server.stop();
  }
}

/** One vote through the real storage (SQLite), on a message id the server issued: the write path the load runs do not cover. */
async function recordFeedback(baseUrl: string): Promise<number> {
  const asked = await fetch(`${baseUrl}/v1/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question: 'Quel OPCO pour l’IDCC 1486 ?' }),
  });
  const { messageId } = (await asked.json()) as { messageId?: string };
  const response = await fetch(`${baseUrl}/v1/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messageId, rating: 'up' }),
  });
  await response.arrayBuffer();
  return response.status;
}

async function main() {
  const coldStarts: ColdStart[] = [];
  for (let run = 0; run < COLD_STARTS; run++) coldStarts.push(await measureColdStart('start'));
  const npxColdStart = check ? undefined : await measureColdStart('npx');
  progress(`cold starts: ${coldStarts.map((start) => Math.round(start.firstAnswerMs)).join(', ')} ms`);

  const server = await startServer();
  const results: LoadResult[] = [];
  let rssAfterStartKiB = 0;
  let rssAfterLoadKiB = 0;
  let feedbackStatus = 0;
  try {
    rssAfterStartKiB = server.rssKiB();
    feedbackStatus = await recordFeedback(server.baseUrl);
    for (const route of ROUTES) {
      if (WARMUP_SECONDS > 0) {
        await runLoad({
          ...route,
          baseUrl: server.baseUrl,
          requests: route.requests(),
          connections: 16,
          durationSeconds: WARMUP_SECONDS,
        });
      }
      for (const connections of CONNECTIONS) {
        const result = await runLoad({
          label: route.label,
          baseUrl: server.baseUrl,
          requests: route.requests(),
          connections,
          durationSeconds: LOAD_SECONDS,
        });
        results.push(result);
        const exitReason = server.exitReason();
        if (exitReason) throw new Error(`the server stopped during ${route.label}: ${exitReason}`);
        progress(
          `${result.label} c=${connections}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, errors ${result.errors}, non-2xx ${result.non2xx}`,
        );
      }
    }
    rssAfterLoadKiB = server.rssKiB();
  } finally {
    await server.stop();
  }

  progress('load runs done; building the Worker bundle');
  const bundle = measureWorkerBundle(ROOT);
  progress('bundle measured');
  const totalRequests = results.reduce((sum, result) => sum + result.total, 0);
  const failures = results.reduce((sum, result) => sum + result.errors + result.non2xx, 0);
  const rate = (label: string, connections: number) =>
    results.find((result) => result.label.startsWith(label) && result.connections === connections)
      ?.requestsPerSecond ?? 0;
  const ratios = CONNECTIONS.map(
    (connections) => rate('POST /v1/ask', connections) / rate('GET /healthz', connections),
  );
  const worstP99At16 = Math.max(
    ...results.filter((result) => result.connections === 16).map((result) => result.p99Ms),
  );
  const answered = coldStarts.every((start) => start.firstAnswerOk);
  const firstAnswerMs = answered ? median(coldStarts.map((start) => start.firstAnswerMs)) : Number.NaN;

  const lines = [
    `### Performance (${check ? 'check run' : 'full run'}, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${LOAD_SECONDS} s per run)`,
    '',
    '| Route | Connections | req/s | p50 (ms) | p99 (ms) | Requests | Errors | Non-2xx |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (result) =>
        `| ${result.label} | ${result.connections} | ${Math.round(result.requestsPerSecond)} | ${result.p50Ms} | ${result.p99Ms} | ${result.total} | ${result.errors} | ${result.non2xx} |`,
    ),
    '',
    '| Measure | Value | Target | Status |',
    '|---|---|---|---|',
    `| Errors and non-2xx under load | ${failures} of ${totalRequests} | 0 | ${mark(failures === 0)} |`,
    `| Server error log lines during load | ${server.errorLogs.length} | 0 | ${mark(server.errorLogs.length === 0)} |`,
    `| POST /v1/feedback stored (SQLite) | ${feedbackStatus} | 201 | ${mark(feedbackStatus === 201)} |`,
    `| /v1/ask ÷ /healthz throughput | ${ratios.map((ratio, index) => `${Math.round(ratio * 100)} % (c=${CONNECTIONS[index]})`).join(', ')} | ≥ 40 % | ${mark(ratios.every((ratio) => ratio >= TARGETS.askShareOfHealthz))} |`,
    `| Worst p99 at 16 connections | ${worstP99At16} ms | < 25 ms | ${mark(worstP99At16 < TARGETS.p99Ms)} |`,
    `| Cold start → first /healthz 200 (median of ${COLD_STARTS}, as \`npm start\`) | ${Math.round(median(coldStarts.map((start) => start.healthzMs)))} ms | — | — |`,
    `| Cold start → first /v1/ask answer (median of ${COLD_STARTS}, as \`npm start\`) | ${answered ? `${Math.round(firstAnswerMs)} ms` : 'no answer'} | < 1 s | ${mark(firstAnswerMs < TARGETS.coldStartMs)} |`,
    ...(npxColdStart
      ? [
          `| Cold start via \`npx tsx src/node.ts\` → /healthz, → first answer | ${Math.round(npxColdStart.healthzMs)} ms, ${Math.round(npxColdStart.firstAnswerMs)} ms | — | — |`,
        ]
      : []),
    `| Server RSS after start → after ${totalRequests} requests | ${round(rssAfterStartKiB / 1024)} MiB → ${round(rssAfterLoadKiB / 1024)} MiB | — | — |`,
    `| Worker bundle (wrangler --dry-run --minify) | ${round(bundle.rawBytes / 1024)} KiB raw, ${round(bundle.gzipBytes / 1024)} KiB gzip | < 1 MiB gzip | ${mark(bundle.gzipBytes <= BUNDLE_LIMIT_BYTES)} |`,
    ...(check
      ? [
          '',
          '_Check run: only errors, non-2xx answers and the bundle size can fail it; timings are informative._',
        ]
      : []),
    '',
  ];
  const table = lines.join('\n');
  console.log(table);
  if (server.errorLogs.length > 0) {
    const distinct = new Set(
      server.errorLogs.map((line) => line.replace(/"(time|requestId)":"[^"]*",?/g, '')),
    );
    console.error(
      `server error logs (${server.errorLogs.length}, distinct shown):\n${[...distinct].slice(0, 5).join('\n')}`,
    );
  }
  if (!check) {
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'results', 'latest.md'), table);
  }
  const failed =
    failures > 0 ||
    !answered ||
    feedbackStatus !== 201 ||
    server.errorLogs.length > 0 ||
    bundle.gzipBytes > BUNDLE_LIMIT_BYTES;
  if (check && failed) {
    console.error(
      'bench:check failed: errors, non-2xx answers, a failed storage write or a Worker bundle over 1 MiB gzip.',
    );
    process.exit(1);
  }
}

await main();
