// Issue 14.3 in the workbench: opening a claim lists claims from other articles that say the same
// thing, with verdict, status and article; a reworded claim is flagged "probably the same claim".
// German (a compound: Atomwaffeneinsatz / Atomwaffen) and English.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { removeTempDirs, tempDir } from '../core/store/temp';
import { EVENTUALLY, startWorkbench, type Workbench } from './harness';

const ARTICLES = [
  ['Atomwaffen in Belarus', 'Lukaschenko sagte, der Einsatz russischer Atomwaffen in Belarus sei im Oktober abgeschlossen worden.', 'der Einsatz russischer Atomwaffen in Belarus sei im Oktober abgeschlossen worden', 'False'],
  ['Atomwaffeneinsatz beendet', 'Der Atomwaffeneinsatz in Belarus wurde nach Angaben Lukaschenkos im Oktober abgeschlossen.', 'Der Atomwaffeneinsatz in Belarus wurde nach Angaben Lukaschenkos im Oktober abgeschlossen', 'none'],
  ['Jobs report', 'Unemployment fell to 3.5 percent last year, the lowest rate since 1969, the minister said.', 'Unemployment fell to 3.5 percent last year, the lowest rate since 1969', 'Mostly true'],
  ['Minister on jobs', 'Last year unemployment fell to 3.5 percent, the lowest rate since 1969.', 'Last year unemployment fell to 3.5 percent, the lowest rate since 1969', 'none'],
] as const;

let wb: Workbench;

const panel = (): Locator => wb.page.getByRole('complementary', { name: 'Claim review' });
const similar = (): Locator => panel().getByRole('region', { name: 'Checked before' });

async function openClaim(title: string, quote: string): Promise<void> {
  await wb.page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: new RegExp(title) }).click();
  await wb.page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: new RegExp(quote.slice(0, 40)) }).click();
  await similar().waitFor();
}

beforeAll(async () => {
  wb = await startWorkbench({ reviewerName: 'Anna Becker' });
  const dir = tempDir('factdesk-similar-e2e-');
  for (const [i, [title, body, quote, verdict]] of ARTICLES.entries()) {
    const file = join(dir, `article-${i}.txt`);
    await writeFile(file, `${title}\n\n${body}\n`);
    expect((await wb.cli(['import', file])).code).toBe(0);
    const args = ['claim', 'add', String(i + 1), '--quote', quote];
    expect((await wb.cli(verdict === 'none' ? args : [...args, '--verdict', verdict])).code).toBe(0);
  }
  await wb.page.goto(wb.url);
}, 180_000);

afterAll(async () => {
  await wb?.close();
  removeTempDirs();
});

it('German: the claim with "Atomwaffeneinsatz" lists the other article\'s claim with its verdict, status and article', async () => {
  await openClaim('Atomwaffeneinsatz beendet', ARTICLES[1][2]);
  const items = similar().getByRole('listitem');
  await expect.poll(() => items.count(), EVENTUALLY).toBe(1);
  const text = await items.first().innerText();
  expect(text).toMatch(/der Einsatz russischer Atomwaffen in Belarus/);
  expect(text).toMatch(/False · Draft · Atomwaffen in Belarus/);
  expect(text).not.toMatch(/Probably the same claim/);
});

it('English: the reworded claim is flagged as probably the same claim', async () => {
  await openClaim('Minister on jobs', ARTICLES[3][2]);
  const items = similar().getByRole('listitem');
  await expect.poll(() => items.count(), EVENTUALLY).toBe(1);
  expect(await items.first().innerText()).toMatch(/Probably the same claim · Mostly true · Draft · Jobs report/);
});
