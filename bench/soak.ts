/**
 * @module `npm run soak`: 60 s of mixed load (ask, chat, feedback, search) on the real Node server; reports memory
 * growth and fails on any error, non-2xx answer or server error log line. `SOAK_SECONDS` shortens or extends it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { askRequests, chatRequests, feedbackRequests, QUESTIONS, searchRequests } from './bench-requests';
import { ROOT, startServer } from './start-server';

const SECONDS = Number.parseInt(process.env.SOAK_SECONDS ?? '', 10) || 60;
const CONNECTIONS = 16;
const SAMPLE_EVERY_MS = 5000;

const mebibytes = (kibibytes: number) => Number((kibibytes / 1024).toFixed(1));

async function main() {
  const server = await startServer();
  const samples: Array<{ second: number; rssKiB: number }> = [];
  let summary: string;
  let failed: boolean;
  try {
    const first = await fetch(`${server.baseUrl}/v1/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: QUESTIONS[0] }),
    });
    const { messageId } = (await first.json()) as { messageId?: string };
    if (first.status !== 200 || !messageId) throw new Error(`the first /v1/ask answered ${first.status}`);

    // One cycle per connection: 3 questions, 2 chat turns, 2 votes, 3 searches.
    const requests = [
      ...askRequests().slice(0, 3),
      ...chatRequests().slice(0, 2),
      ...feedbackRequests(messageId),
      ...searchRequests().slice(0, 3),
    ];
    const startedAt = Date.now();
    samples.push({ second: 0, rssKiB: server.rssKiB() });
    const sampler = setInterval(() => {
      samples.push({ second: Math.round((Date.now() - startedAt) / 1000), rssKiB: server.rssKiB() });
    }, SAMPLE_EVERY_MS);
    let result: Result;
    try {
      result = await autocannon({
        url: server.baseUrl,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 10,
        requests,
      });
    } finally {
      clearInterval(sampler);
    }
    samples.push({ second: SECONDS, rssKiB: server.rssKiB() });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idleKiB = server.rssKiB();

    const errors = result.errors + result.timeouts;
    const total = result['2xx'] + result.non2xx;
    const startKiB = samples[0]?.rssKiB ?? 0;
    const endKiB = samples.at(-1)?.rssKiB ?? 0;
    const peakKiB = Math.max(...samples.map((sample) => sample.rssKiB));
    // Growth over the second half only: the first half includes warm-up (JIT, caches, SQLite pages).
    const half = samples.find((sample) => sample.second >= SECONDS / 2)?.rssKiB ?? startKiB;
    failed = errors > 0 || result.non2xx > 0 || server.errorLogs.length > 0;
    summary = [
      `### Soak (${SECONDS} s, ${CONNECTIONS} connections, ask + chat + feedback + search, ${new Date().toISOString().slice(0, 10)})`,
      '',
      '| Measure | Value |',
      '|---|---|',
      `| Requests | ${total} (${Math.round(result.requests.average)} req/s) |`,
      `| Latency p50 / p99 | ${result.latency.p50} ms / ${result.latency.p99} ms |`,
      `| Errors / non-2xx / server error logs | ${errors} / ${result.non2xx} / ${server.errorLogs.length} |`,
      `| RSS start → half-time → end → 2 s idle | ${mebibytes(startKiB)} → ${mebibytes(half)} → ${mebibytes(endKiB)} → ${mebibytes(idleKiB)} MiB |`,
      `| RSS peak | ${mebibytes(peakKiB)} MiB |`,
      `| Growth over the second half | ${mebibytes(endKiB - half)} MiB |`,
      `| Samples (s: MiB) | ${samples.map((sample) => `${sample.second}: ${mebibytes(sample.rssKiB)}`).join(', ')} |`,
      '',
      failed ? '**Failed**: errors, non-2xx answers or server error logs.' : 'No errors.',
      '',
    ].join('\n');
  } finally {
    await server.stop();
  }
  console.log(summary);
  if (server.errorLogs.length > 0)
    console.error(
      [...new Set(server.errorLogs.map((line) => line.replace(/"(time|requestId)":"[^"]*",?/g, '')))]
        .slice(0, 5)
        .join('\n'),
    );
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'soak.md'), summary);
  if (failed) process.exit(1);
}

await main();
