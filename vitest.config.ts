import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@common': fileURLToPath(new URL('./main/common', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // The core parses imports on a worker thread that runs built JavaScript; this builds it.
    globalSetup: ['test/support/import-worker-setup.ts'],
    // sqlite3 is a native addon: forks isolate it more predictably than worker threads.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
