// Issue 10.10 in a real Chromium: a read-only database (an immutable file; the tests run as root,
// whom file modes do not stop) opens from the start screen with a banner saying so and why; the
// article and its claim are shown and the report exports, while editing is disabled.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Download } from 'playwright-core';
import { openFactdesk } from '../../main/core/service';
import { EVENTUALLY, SAMPLE, startWorkbench, type Workbench } from './harness';

const QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
let wb: Workbench;
let readOnlyDb = '';

beforeAll(async () => {
  wb = await startWorkbench();
  readOnlyDb = join(wb.dir, 'colleague.db');
  const core = await openFactdesk({ path: readOnlyDb, reviewer: 'Colleague', settingsDir: join(wb.dir, 'colleague-settings') });
  const [outcome] = await core.importFiles({ files: [{ name: 'sample.txt', data: (await readFile(SAMPLE)).toString('base64') }] });
  await core.createClaimFromQuote({ articleId: outcome!.articleId!, quote: QUOTE, verdict: 'False' });
  await core.close();
  execFileSync('chattr', ['+i', readOnlyDb]);
  await wb.page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  if (readOnlyDb) execFileSync('chattr', ['-i', readOnlyDb]);
  await wb?.close();
});

it('shows and exports a read-only database, says so, and disables editing', async () => {
  const { page } = wb;
  await page.getByLabel('Database file').fill(readOnlyDb);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const banner = page.getByRole('status').filter({ hasText: /read-only/ });
  await banner.waitFor();
  expect(await banner.textContent()).toMatch(/You are not allowed to change the file\..*read.*export/);

  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
  await page.getByRole('article', { name: 'Article text' }).getByText(/Einsatz russischer Atomwaffen/).first().waitFor();
  expect(await page.getByRole('button', { name: 'Mark claim' }).isDisabled()).toBe(true);
  expect(await page.getByRole('button', { name: 'Import' }).first().isDisabled()).toBe(true);

  await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /Einsatz russischer Atomwaffen/ }).click();
  const rationale = page.getByLabel('Rationale');
  await rationale.waitFor();
  await expect.poll(() => rationale.isDisabled(), EVENTUALLY).toBe(true);
  expect(await page.getByRole('button', { name: /Delete claim/ }).isDisabled()).toBe(true);
  await wb.screenshot('30-read-only-database');

  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.getByRole('radio', { name: /^Markdown/ }).check();
  const download: Promise<Download> = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Save Markdown', exact: true }).click();
  const saved = await readFile((await (await download).path()) ?? '', 'utf8');
  expect(saved).toContain(QUOTE);
  expect(wb.problems).toEqual([]);
});
