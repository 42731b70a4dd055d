// Issue 15: axe-core on every screen and dialog of the workbench, in the light and the dark
// colour scheme: no violation of impact "serious" or "critical". Each screen's findings (all
// impacts) are written to test-artifacts/axe-results.json for the report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EVENTUALLY, ROOT, SAMPLE, selectText, startWorkbench, type Workbench } from './harness';
import { axeInBothSchemes, writeAxeResults, type AxeResults } from '../support/axe';

const OCTOBER = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const OVERLAP = 'russischer Atomwaffen im Oktober';

let wb: Workbench;
let page: Page;
const results: AxeResults = {};

/** Runs axe in both colour schemes and expects nothing serious or critical. */
async function check(screen: string): Promise<void> {
  expect(await axeInBothSchemes(page, screen, results), screen).toEqual({ light: [], dark: [] });
}

async function closeDialog(name: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name }).waitFor({ state: 'detached' });
}

beforeAll(async () => {
  wb = await startWorkbench();
  page = wb.page;
  await page.goto(wb.url);
  await page.getByText('No articles yet').first().waitFor();
}, 120_000);

afterAll(async () => {
  await writeAxeResults(ROOT, 'axe-results.json', results);
  await wb?.close();
});

describe('axe-core finds nothing serious or critical', () => {
  it('on the start screen of an empty database', async () => {
    await check('start screen');
  });

  it('with the import report and an article open in the reader', async () => {
    await page.locator('input[type="file"]').first().setInputFiles(SAMPLE);
    await page.getByRole('article', { name: 'Article text' }).getByRole('heading', { level: 1 }).waitFor();
    await check('import report and reader');
  });

  it('with claims (verdicts, overlap) and the claim panel with a source and comments', async () => {
    const articleId = (JSON.parse((await wb.cli(['articles', '--json'])).stdout) as { articles: { id: number }[] }).articles[0]?.id ?? 0;
    const first = await wb.cli(['claim', 'add', String(articleId), '--quote', OCTOBER, '--verdict', 'false', '--claimant', 'Lukaschenko', '--json']);
    expect(first.code, first.stderr).toBe(0);
    const claimId = (JSON.parse(first.stdout) as { id: number }).id;
    expect((await wb.cli(['claim', 'add', String(articleId), '--quote', OVERLAP])).code).toBe(0);
    expect((await wb.cli(['source', 'add', String(claimId), '--url', 'https://www.reuters.com/world/', '--title', 'Reuters'])).code).toBe(0);
    await expect.poll(() => page.locator('mark[data-claim-ids]').count(), EVENTUALLY).toBeGreaterThan(1);
    await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: new RegExp(OCTOBER) }).click();
    await page.getByRole('complementary', { name: 'Claim review' }).getByText('Reuters').first().waitFor();
    await page.mouse.move(0, 0);
    await check('reader with claims and claim panel');
  });

  it('in the My queue dialog', async () => {
    await page.getByRole('button', { name: /^My queue/ }).click();
    await page.getByRole('dialog', { name: 'My queue' }).waitFor();
    await check('My queue dialog');
    await closeDialog('My queue');
  });

  it('in the export dialog with its preview', async () => {
    await page.getByRole('button', { name: 'Export report' }).click();
    await page.getByRole('dialog', { name: 'Export report' }).waitFor();
    await page.locator('dialog iframe').waitFor();
    await check('Export report dialog');
    await closeDialog('Export report');
  });

  it('in the article history dialog', async () => {
    await page.getByRole('button', { name: 'Article history' }).click();
    await page.getByRole('dialog', { name: 'Article history' }).waitFor();
    await check('Article history dialog');
    await closeDialog('Article history');
  });

  it('in the name dialog', async () => {
    await page.getByRole('button', { name: /^Reviewing as/ }).click();
    await page.getByRole('dialog', { name: 'Change your reviewer name' }).waitFor();
    await check('name dialog');
    await closeDialog('Change your reviewer name');
  });

  it('in the delete confirmation', async () => {
    await page.getByRole('button', { name: 'Delete claim' }).click();
    await page.getByRole('dialog', { name: 'Delete this claim?' }).waitFor();
    await check('delete confirmation');
    await closeDialog('Delete this claim?');
  });

  it('in the duplicate claim dialog', async () => {
    await page.getByRole('article', { name: 'Article text' }).focus();
    await selectText(page, OCTOBER);
    await page.keyboard.press('Control+Shift+M');
    const dialog = page.getByRole('dialog', { name: 'This text is already a claim' });
    await dialog.waitFor();
    await check('duplicate claim dialog');
    await closeDialog('This text is already a claim');
  });

  it('with suggestion markers in the margin and a claim checked before, and after opening that claim', async () => {
    // Another article with the same claim, marked there by a colleague (the panel lists it live).
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-axe-'));
    try {
      const file = join(dir, 'atomwaffen.txt');
      await writeFile(file, 'Atomwaffen in Belarus\n\nLukaschenko sagte, der Einsatz russischer Atomwaffen sei im Oktober abgeschlossen worden.\n');
      const imported = await wb.cli(['import', file, '--json']);
      expect(imported.code, imported.stderr).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const other = (JSON.parse((await wb.cli(['articles', '--json'])).stdout) as { articles: { id: number; title: string }[] }).articles.find(
      (a) => a.title === 'Atomwaffen in Belarus',
    );
    const added = await wb.cli(['claim', 'add', String(other?.id), '--quote', 'der Einsatz russischer Atomwaffen sei im Oktober abgeschlossen worden']);
    expect(added.code, added.stderr).toBe(0);
    const panel = page.getByRole('complementary', { name: 'Claim review' });
    const link = panel.getByRole('region', { name: 'Checked before' }).getByRole('link', { name: /der Einsatz russischer Atomwaffen sei/ });
    await link.waitFor();
    await page.getByRole('button', { name: 'Suggest claims' }).click();
    await page.getByRole('button', { name: /^Suggested claim: / }).first().waitFor();
    await check('reader with suggestion markers and a claim checked before');
    await link.click();
    await panel.getByRole('button', { name: /^Back to claim #/ }).waitFor();
    await check('claim opened from checked before');
  });
});
