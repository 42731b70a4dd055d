// vitest global setup: the core runs from its TypeScript sources in tests, but its import worker
// thread (main/core/import/worker.ts) must be JavaScript. Build it once per run, as the app's build
// does, into out/vitest/, and tell the core where it is (FACTDESK_IMPORT_WORKER).
import { resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

export default async function setup(): Promise<void> {
  const outDir = resolve(ROOT, 'out/vitest');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    // configFile is off, so the common layer's alias is repeated here (as in vite.tools.config.ts).
    resolve: { alias: { '@common': resolve(ROOT, 'main/common') } },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        input: { 'import-worker': resolve(ROOT, 'main/core/import/worker.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  });
  process.env.FACTDESK_IMPORT_WORKER = resolve(outDir, 'import-worker.js');
}
