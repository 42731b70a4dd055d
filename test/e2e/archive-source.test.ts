// Issue 13, preserved sources in the workbench: "Archive page" on a source in the claim panel has
// the core fetch and render the source's address (a local server here), then lists the preserved
// copies with their kind, capture time and a short SHA-256 of the bytes; the page's HTML opens
// offline as a download, never rendered. Real Chromium against
// `factdesk serve`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Evidence } from '@common/domain/evidence';
import { SAMPLE, startWorkbench, type Workbench } from './harness';
import { startWebFixtures, type WebFixtures } from '../support/web-server';

const QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';

let wb: Workbench;
let web: WebFixtures;

beforeAll(async () => {
  web = await startWebFixtures();
  wb = await startWorkbench({ viewport: { width: 1440, height: 900 } });
  for (const args of [['import', SAMPLE], ['claim', 'add', '1', '--quote', QUOTE], ['source', 'add', '1', '--url', `${web.origin}/article`, '--title', 'Water rates']]) {
    const run = await wb.cli(args);
    expect(run.code, run.stderr).toBe(0);
  }
  await wb.page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  await wb?.close();
  await web?.close();
});

it('archives a source from the claim panel and lists the preserved copies', async () => {
  const { page } = wb;
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
  await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: new RegExp(QUOTE) }).click();
  await page.getByRole('button', { name: 'Archive page Water rates' }).click();
  const copies = page.getByRole('list', { name: 'Preserved copies of Water rates' });
  await copies.getByRole('listitem').nth(2).waitFor({ timeout: 90_000 });

  const list = await wb.cli(['evidence', 'list', '1', '--json']);
  const kept = JSON.parse(list.stdout) as Evidence[];
  expect(kept.map((e) => e.kind)).toEqual(['page', 'screenshot', 'pdf']);
  const served = createHash('sha256').update(web.served.get('/article')!).digest('hex');
  expect(kept[0]!.sha256).toBe(served);
  const items = await copies.getByRole('listitem').allTextContents();
  for (const [i, e] of kept.entries()) {
    expect(items[i]).toContain(e.kind);
    expect(items[i]).toContain(e.sha256.slice(0, 12));
    // The capture time is shown, and is the one the core recorded.
    const time = copies.getByRole('listitem').nth(i).locator('time');
    expect((await time.textContent())?.trim()).not.toBe('');
    expect(await time.getAttribute('datetime')).toBe(e.capturedAt);
  }
  // The archived HTML opens offline only as a download, byte for byte what the server sent.
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await copies.getByRole('button', { name: 'Open page' }).click();
  const done = await download;
  expect(done.suggestedFilename()).toBe('page.html');
  expect(readFileSync(await done.path()).equals(web.served.get('/article')!)).toBe(true);
  expect(wb.problems).toEqual([]);
}, 240_000);
