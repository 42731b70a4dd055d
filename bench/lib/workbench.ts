// The renderer as users meet it outside Electron: `factdesk serve` on a database file, and
// Debian's Chromium (driven by playwright-core) on the URL it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot, servedUrl, stopChild } from '../../test/support/served-app';

export { launchChromium } from '../../test/support/served-app';

/** The project folder (bench/lib, or out/tools when bundled). */
export const ROOT = projectRoot(import.meta.dirname);
const CLI = join(ROOT, 'bin', 'factdesk.js');

export interface Served {
  url: string;
  /** http://127.0.0.1:port (no token) */
  origin: string;
  token: string;
  process: ChildProcess;
  /** Calls the API the way the page does (POST /api/<method>); returns the envelope's value. */
  call<T>(method: string, input: unknown): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Starts `factdesk serve` on the file as `reviewer`. The app's own settings (the reviewer name the
 * workbench asks for on a first start) go in a folder of their own beside the database.
 */
export async function serve(dbPath: string, reviewer: string): Promise<Served> {
  const settingsDir = join(dirname(dbPath), `settings-${reviewer}`);
  await mkdir(settingsDir, { recursive: true });
  await writeFile(join(settingsDir, 'settings.json'), JSON.stringify({ reviewerName: reviewer }));
  if (!existsSync(join(ROOT, 'out', 'main', 'cli.js')) || !existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
    throw new Error('The app is not built: run `npx electron-vite build` first (npm run bench does).');
  }
  const child = spawn(process.execPath, [CLI, 'serve', '--db', dbPath, '--port', '0', '--reviewer', reviewer], {
    cwd: ROOT,
    env: { ...process.env, FACTDESK_HOME: settingsDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await servedUrl(child, 60_000);
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const origin = parsed.origin;
  return {
    url,
    origin,
    token,
    process: child,
    async call<T>(method: string, input: unknown): Promise<T> {
      const res = await fetch(`${origin}/__factdesk/api/${method}?token=${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-factdesk': '1' },
        body: JSON.stringify(input),
      });
      const envelope = (await res.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
      return envelope.value;
    },
    stop: () => stopChild(child),
  };
}

/** A page on the workbench, with the article list showing. */
export async function openWorkbench(browser: Browser, served: Served): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => process.stderr.write(`  [page error] ${e.message}\n`));
  await page.goto(served.url);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button').first().waitFor({ timeout: 60_000 });
  return page;
}
