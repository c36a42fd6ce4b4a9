/** @module Builds the Worker with `wrangler deploy --dry-run` and reports its gzip size; fails above 1 MiB. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUNDLE_LIMIT_BYTES = 1024 * 1024;

export function measureWorkerBundle(root: string): { rawBytes: number; gzipBytes: number } {
  const outdir = join(root, 'dist');
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir, '--minify'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  });
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const name of readdirSync(outdir)) {
    const path = join(outdir, name);
    if (!statSync(path).isFile() || name.endsWith('.map') || name.endsWith('.json')) continue;
    const content = readFileSync(path);
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { rawBytes, gzipBytes };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { rawBytes, gzipBytes } = measureWorkerBundle(join(import.meta.dirname, '..'));
  console.log(
    `worker bundle: ${(rawBytes / 1024).toFixed(1)} KiB raw, ${(gzipBytes / 1024).toFixed(1)} KiB gzip`,
  );
  if (gzipBytes > BUNDLE_LIMIT_BYTES) {
    console.error('worker bundle exceeds 1 MiB gzip');
    process.exit(1);
  }
}
