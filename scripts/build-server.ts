/** @module Bundles the Node entry into build/node-server.js, so `npm start` runs plain JavaScript (fast cold start). */
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');

await build({
  entryPoints: [join(root, 'src', 'node.ts')],
  outfile: join(root, 'build', 'node-server.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // why: dependencies stay in node_modules (better-sqlite3 is a native addon); only our code is bundled.
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
console.log('build:server — build/node-server.js');
