// Builds the Node tools that run the core outside vitest: the benchmark suite and the worker
// processes of the multi-process tests. A Vite build, like the app, so the core's `?raw` SQL
// imports resolve the same way. Output: out/tools/*.js (ESM, dependencies external).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const entries: Record<string, string> = {
  bench: resolve(__dirname, 'bench/run.ts'),
  'review-worker': resolve(__dirname, 'test/workers/review-worker.ts'),
  // The core (bundled into bench.js) parses imports on this worker thread, found beside it.
  'import-worker': resolve(__dirname, 'main/core/import/worker.ts'),
};

export default defineConfig({
  resolve: { alias: { '@common': resolve(__dirname, 'main/common') } },
  build: {
    ssr: true,
    outDir: 'out/tools',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      // An entry whose source is not written yet is skipped, so one tool never blocks the others.
      input: Object.fromEntries(Object.entries(entries).filter(([, path]) => existsSync(path))),
      // Chunks beside the entries: the core finds its import worker beside its own module.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
