// Build of the three Electron targets from the fixed top-level layout.
// main/ also yields the headless CLI (out/main/cli.js), so the app and `npx factdesk`
// run the same bundled core.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One alias for the common layer (domain + contract), in every target.
const alias = { '@common': resolve(__dirname, 'main/common') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      lib: {
        entry: {
          index: resolve(__dirname, 'main/index.ts'),
          cli: resolve(__dirname, 'main/cli/index.ts'),
          // Import files are parsed on a worker thread, loaded from this file beside the core.
          'import-worker': resolve(__dirname, 'main/core/import/worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      lib: { entry: { index: resolve(__dirname, 'preload/index.ts') } },
      rollupOptions: {
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
    plugins: [react()],
  },
});
