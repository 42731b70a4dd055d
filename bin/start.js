#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is installed (electron-vite preview, as
// before); otherwise, or with `npm start -- --browser`, the same workbench through the browser
// bridge (`factdesk serve --desktop --open`) on the database the app would have opened.
// Plain Node and no imports of ours: it must run before anything is built.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * The Electron executable, found the way electron-vite finds it ($ELECTRON_EXEC_PATH, else the
 * electron package's path.txt and dist/), without loading the electron package: its index.js
 * starts a download when the binary is missing, which is exactly what cannot work here.
 */
function electronBinary() {
  const given = process.env.ELECTRON_EXEC_PATH;
  if (given) return existsSync(given) ? given : null;
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const full = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(full) ? full : null;
}

function electronViteCli() {
  const manifest = require.resolve('electron-vite/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin['electron-vite']);
}

/** Runs a child with our terminal; Ctrl+C or a SIGTERM to this launcher reaches it too, and its exit code becomes ours. */
function runForeground(args) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
  const forward = (signal) => () => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

const args = process.argv.slice(2);
const browserChosen = args.includes('--browser');
const passOn = args.filter((a) => a !== '--browser');

if (!browserChosen && electronBinary()) {
  runForeground([electronViteCli(), 'preview', ...passOn]);
} else {
  if (!browserChosen) {
    console.error("Electron's binary is not installed on this machine, so Factdesk opens in your browser instead.");
  }
  // Built first, as electron-vite preview does; its log is shown only when the build fails.
  const build = spawnSync(process.execPath, [electronViteCli(), 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
    console.error('Factdesk could not be built; the messages above say why.');
    process.exit(build.status ?? 1);
  }
  runForeground([join(root, 'bin', 'factdesk.js'), 'serve', '--desktop', '--open', ...passOn]);
}
