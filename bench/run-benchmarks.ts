/** @module TEMPORARY: until the load benchmark lands, `--check` only checks the Worker bundle size. */
import { join } from 'node:path';
import { BUNDLE_LIMIT_BYTES, measureWorkerBundle } from '../scripts/check-bundle';

const { rawBytes, gzipBytes } = measureWorkerBundle(join(import.meta.dirname, '..'));
console.log(
  `worker bundle: ${(rawBytes / 1024).toFixed(1)} KiB raw, ${(gzipBytes / 1024).toFixed(1)} KiB gzip`,
);
if (gzipBytes > BUNDLE_LIMIT_BYTES) process.exit(1);
