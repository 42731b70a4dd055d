// Builds the Node tools that run the core outside vitest: the benchmark suite and the worker
// processes of the multi-process tests. A Vite build, like the app, so the core's `?raw` SQL
// imports resolve the same way. Output: out/tools/*.js (ESM, dependencies external).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/tools',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: {
        bench: resolve(__dirname, 'bench/run.ts'),
        'review-worker': resolve(__dirname, 'test/workers/review-worker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
