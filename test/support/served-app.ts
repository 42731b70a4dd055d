// Starting and stopping what the browser tests and the benchmarks both drive: `factdesk serve`
// (its first stdout line is the URL) and Debian's Chromium through playwright-core. One copy for
// test/e2e/harness.ts and bench/lib/workbench.ts, so the two never drift apart.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.FACTDESK_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The project folder: the nearest one up from `from` with bin/factdesk.js. Searched, not fixed,
 * because this module also runs bundled into out/tools (the bench).
 */
export function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'bin', 'factdesk.js'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

/** The URL `factdesk serve` prints as its first line; rejects if it exits or stays silent. */
export function servedUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    // A server that stays silent is stopped too: left running, it outlived the bench (or test)
    // that gave up on it and kept its copy of the file open and busy.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`factdesk serve printed no URL within ${timeoutMs} ms. stderr: ${err}`));
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const newline = out.indexOf('\n');
      if (newline !== -1) {
        clearTimeout(timer);
        resolve(out.slice(0, newline).trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`factdesk serve exited (${code}) before printing its URL. stderr: ${err}`));
    });
  });
}

/** Stops a child politely, and for good after 5 s. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Headless Chromium without the background traffic that would disturb a test or a figure. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get update && apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
