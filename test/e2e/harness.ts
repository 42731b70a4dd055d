// Browser end-to-end harness: a real database file in a temp folder, `factdesk serve` on it,
// Debian's Chromium driven by playwright-core, and everything stopped afterwards.
// The renderer must be built first (`npx electron-vite build`; `npm test` does it).
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SELECT_TEXT, type SelectionTarget } from '../support/page-selection';
import { CHROMIUM, launchChromium, servedUrl, stopChild } from '../support/served-app';
import { afterAll, beforeAll, vi } from 'vitest';

// Browser steps wait on a real server and a real browser, on a shared 2-core machine:
// generous limits, so a slow moment is not a failure (a wrong result still is).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

/** For expect.poll: wait up to 10 s for an assertion to hold (vitest's default of 1 s is too tight here). */
export const EVENTUALLY = { timeout: 10_000, interval: 100 };

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = join(ROOT, 'test-artifacts', 'screenshots');
export const SAMPLE = resolve(import.meta.dirname, '../fixtures/export/putin-lukaschenko-st-petersburg.de.txt');
const CLI = join(ROOT, 'bin', 'factdesk.js');

export interface Workbench {
  url: string;
  dbPath: string;
  dir: string;
  /** This person's settings folder (FACTDESK_HOME): settings.json holds their name and preferences. */
  home: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Problems the page reported: uncaught errors, console errors, CSP violations, dialogs. */
  problems: string[];
  /** Runs the CLI on the same database file. */
  cli(args: string[]): Promise<{ stdout: string; stderr: string; code: number }>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** The browser's language (navigator.languages), which the interface follows; en-US unless a test asks. */
  locale?: string;
  /**
   * The reviewer name already saved in this person's settings (a temp FACTDESK_HOME, never the real
   * ~/.config). Default 'e2e-reviewer'; null is a first start, where the workbench asks for a name.
   */
  reviewerName?: string | null;
}

/** Runs the CLI with --json on the workbench's file; fails the test on a non-zero exit. */
export async function cliJson<T>(wb: Workbench, args: string[]): Promise<T> {
  const run = await wb.cli([...args, '--json']);
  if (run.code !== 0) throw new Error(`factdesk ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html')) || !existsSync(join(ROOT, 'out', 'main', 'cli.js'))) {
    throw new Error('The app is not built: run `npx electron-vite build` before the browser tests.');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get update && apt-get install -y chromium`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'));
  const dbPath = join(dir, 'workbench.db');
  const home = join(dir, 'home');
  await mkdir(home, { recursive: true });
  const savedName = options.reviewerName === undefined ? 'e2e-reviewer' : options.reviewerName;
  if (savedName !== null) await writeFile(join(home, 'settings.json'), `${JSON.stringify({ reviewerName: savedName })}\n`);
  const env = { ...process.env, FACTDESK_REVIEWER: savedName ?? 'e2e-reviewer', FACTDESK_HOME: home };
  const server = spawn(process.execPath, [CLI, 'serve', '--db', dbPath, '--port', '0'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let browser: Browser | null = null;
  const stopServer = (): Promise<void> => stopChild(server);
  try {
    const url = await servedUrl(server, 30_000);
    if (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(url)) throw new Error(`Unexpected first line from serve: ${url}`);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1440, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
      // Fixed, not the machine's: the interface follows the browser's language, and the tests read English.
      locale: options.locale ?? 'en-US',
    });
    const problems: string[] = [];
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.type()} ${d.message()}`);
      void d.dismiss();
    });
    const browserRef = browser;
    return {
      url,
      dbPath,
      dir,
      home,
      browser: browserRef,
      context,
      page,
      problems,
      cli: (args) =>
        new Promise((resolveRun) => {
          execFile(process.execPath, [CLI, ...args, '--db', dbPath], { cwd: ROOT, env }, (error, stdout, stderr) => {
            const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
            resolveRun({ stdout, stderr, code });
          });
        }),
      screenshot: async (name) => {
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        const file = join(SCREENSHOT_DIR, `${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      close: async () => {
        await browserRef.close().catch(() => undefined);
        await stopServer();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await stopServer();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * One workbench for the tests of a file or describe block: started and opened before them, closed
 * after them. Call it where `beforeAll` may be called; the tests ask the returned function for it.
 */
export function workbenchForTests(options: WorkbenchOptions = {}): () => Workbench {
  let wb: Workbench | undefined;
  beforeAll(async () => {
    wb = await startWorkbench(options);
    await wb.page.goto(wb.url);
  }, 90_000);
  afterAll(async () => {
    await wb?.close();
  });
  return () => {
    if (wb === undefined) throw new Error('The workbench did not start (see the error of beforeAll).');
    return wb;
  };
}

/** Selects [quote] in the article text the way a user's drag does: a DOM range over the text nodes. */
export async function selectText(page: Page, quote: string, occurrence = 1): Promise<void> {
  const target: SelectionTarget = { quote, occurrence };
  const found = (await page.evaluate(`(${SELECT_TEXT})(${JSON.stringify(target)})`)) as string;
  if (found !== 'ok') throw new Error(found);
  // Let Lexical see the selectionchange before the next action.
  await page.waitForTimeout(50);
}
