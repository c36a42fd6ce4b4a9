/**
 * @module `npx tsx bench/profile-route.ts [ask|search|funding|healthz]`: runs the real server under `node --cpu-prof`
 * with 8 s of load at 16 connections, then prints where the CPU went (self time, and inclusive time in src/).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askRequests, fundingRequests, searchRequests } from './bench-requests';
import { type LoadRequest, runLoad } from './load';
import { startServer } from './start-server';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[] };

const ROUTES: Record<string, () => LoadRequest[]> = {
  ask: askRequests,
  search: searchRequests,
  funding: fundingRequests,
  healthz: () => [{ method: 'GET', path: '/healthz' }],
};

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\/\/.*?\/(src|bench|node_modules)\//, '$1/')
    .replace(/node_modules\/((@[^/]+\/)?[^/]+).*/, '$1');

function printTop(title: string, totals: Map<string, number>, sampleCount: number, count = 25) {
  console.log(`\n${title}`);
  for (const [name, samples] of [...totals].sort((left, right) => right[1] - left[1]).slice(0, count)) {
    console.log(`${((100 * samples) / sampleCount).toFixed(1).padStart(6)} %  ${name}`);
  }
}

const route = process.argv[2] ?? 'ask';
const requests = ROUTES[route];
if (!requests) throw new Error(`unknown route "${route}": use one of ${Object.keys(ROUTES).join(', ')}`);
const directory = mkdtempSync(join(tmpdir(), 'atlas-profile-'));
const server = await startServer({
  launcher: 'tsx',
  nodeArguments: ['--cpu-prof', `--cpu-prof-dir=${directory}`],
});
const result = await runLoad({
  label: route,
  baseUrl: server.baseUrl,
  requests: requests(),
  connections: 16,
  durationSeconds: 8,
});
await server.stop();
console.log(
  `${route}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`,
);

const [file] = readdirSync(directory);
const profile = JSON.parse(readFileSync(join(directory, file ?? ''), 'utf8')) as Profile;
rmSync(directory, { recursive: true, force: true });
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
const hits = new Map<number, number>();
for (const sample of profile.samples) hits.set(sample, (hits.get(sample) ?? 0) + 1);

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, count] of hits) {
  const frame = nodes.get(id)?.callFrame;
  const where = frame ? shortUrl(frame.url) || `(${frame.functionName})` : '?';
  self.set(where, (self.get(where) ?? 0) + count);
  const seen = new Set<string>();
  for (let current: number | undefined = id; current !== undefined; current = parents.get(current)) {
    const callFrame = nodes.get(current)?.callFrame;
    if (!callFrame?.url.includes('/src/')) continue;
    const name = `${callFrame.functionName || '(anonymous)'}  ${shortUrl(callFrame.url)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + count);
  }
}
printTop('Self time by file or package', self, profile.samples.length);
printTop('Inclusive time by function in src/', inclusive, profile.samples.length, 30);
