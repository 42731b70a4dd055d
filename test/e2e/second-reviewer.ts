// A second reviewer on the same database file: another `factdesk serve` with its own settings
// (its own FACTDESK_HOME and name), opened in its own browser context of the workbench's browser.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, type Workbench } from './harness';

export interface SecondReviewer {
  page: Page;
  close(): Promise<void>;
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the second serve printed no URL')), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.slice(0, out.indexOf('\n')).trim());
      }
    });
    child.once('exit', (code) => reject(new Error(`the second serve exited (${code})`)));
  });
}

export async function startSecondReviewer(wb: Workbench, name: string): Promise<SecondReviewer> {
  const home = join(wb.dir, `home-${name.replace(/\W+/g, '-')}`);
  await mkdir(home, { recursive: true });
  await writeFile(join(home, 'settings.json'), JSON.stringify({ reviewerName: name }));
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'factdesk.js'), 'serve', '--db', wb.dbPath, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, FACTDESK_REVIEWER: name, FACTDESK_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await firstLine(child);
  const context = await wb.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (e) => wb.problems.push(`${name}'s page error: ${e.message}`));
  await page.goto(url);
  return {
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
