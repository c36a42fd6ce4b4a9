import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// D1 tests apply the real migrations/ inside workerd with applyD1Migrations(env.DB, env.TEST_MIGRATIONS).
const d1Migrations = await readD1Migrations(new URL('./migrations', import.meta.url).pathname);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.worker.test.ts', 'test/browser/**'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { TEST_MIGRATIONS: d1Migrations } },
          }),
        ],
        logLevel: 'error',
        test: { name: 'workers', include: ['test/**/*.worker.test.ts'], testTimeout: 30_000 },
      },
      {
        // Real headless Chromium (Debian package); the suite skips itself when /usr/bin/chromium is absent.
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
