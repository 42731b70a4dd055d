// Export in a real Chromium against `factdesk serve`: the dialog (button and Ctrl+E), the live HTML
// preview in a sandboxed frame, a download in each of the six formats with its content checked,
// the "selected claims" scope from the claims list, filters, and PDF progress.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import { EVENTUALLY, SAMPLE, startWorkbench, type Workbench } from './harness';
import { expectReadableInDarkTheme } from '../support/contrast';

const OCTOBER = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const KREML = 'Lukaschenko erlaubte dem Kreml';

let wb: Workbench;
let page: Page;
let articleId = 0;

async function cliJson<T>(args: string[]): Promise<T> {
  const run = await wb.cli([...args, '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}

function exportDialog(): Locator {
  return page.getByRole('dialog', { name: 'Export report' });
}

function preview() {
  return page.frameLocator('iframe[title="Report preview"]');
}

/** Chooses a format, presses Save and returns the downloaded file's name and bytes. */
async function saveAs(formatLabel: string): Promise<{ name: string; bytes: Buffer }> {
  const dialog = exportDialog();
  await dialog.getByRole('radio', { name: new RegExp(`^${formatLabel}`) }).check();
  const download: Promise<Download> = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: `Save ${formatLabel}`, exact: true }).click();
  const done = await download;
  const path = await done.path();
  return { name: done.suggestedFilename(), bytes: await readFile(path) };
}

beforeAll(async () => {
  wb = await startWorkbench();
  page = wb.page;
  const imported = await wb.cli(['import', SAMPLE]);
  expect(imported.code, imported.stderr).toBe(0);
  articleId = (await cliJson<{ articles: { id: number }[] }>(['articles'])).articles[0]?.id ?? 0;
  const october = await cliJson<{ id: number; revision: number }>(['claim', 'add', String(articleId), '--quote', OCTOBER, '--verdict', 'False', '--claimant', 'Lukaschenko']);
  await cliJson(['claim', 'update', String(october.id), '--expect-rev', String(october.revision), '--rationale', 'Laut Reuters erst später <abgeschlossen> & "bestätigt".', '--status', 'Needs review']);
  // ClaimReview holds only published claims of a desk with a name and address (issue 12).
  await cliJson(['settings', '--org-name', 'Desk', '--org-url', 'https://desk.example/']);
  await cliJson(['claim', 'update', String(october.id), '--expect-rev', String(october.revision + 1), '--status', 'Approved', '--reviewer', 'Second Reviewer']);
  await cliJson(['claim', 'publish', String(october.id), '--expect-rev', String(october.revision + 2), '--url', 'https://desk.example/checks/1']);
  await cliJson(['claim', 'add', String(articleId), '--quote', KREML, '--verdict', 'Unverifiable']);
  await page.goto(wb.url);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
  await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /Einsatz russischer Atomwaffen/ }).waitFor();
}, 120_000);

afterAll(async () => {
  await wb?.close();
});

describe('export report dialog', () => {
  it('opens with Ctrl+E and previews the HTML report of this article in a sandboxed frame', async () => {
    await page.getByRole('article', { name: 'Article text' }).focus();
    await page.keyboard.press('Control+e');
    const dialog = exportDialog();
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: /^This article/ }).isChecked()).toBe(true);
    await preview().getByText(OCTOBER).first().waitFor();
    await preview().getByText(KREML).first().waitFor();
    const frame = dialog.locator('iframe[title="Report preview"]');
    // No permissions at all: no scripts, no same-origin access.
    expect(await frame.getAttribute('sandbox')).toBe('');
    // The report's own stylesheet applies inside the frame (the page's CSP does not block it).
    const font = await preview().locator('body').evaluate((b) => getComputedStyle(b).fontFamily);
    expect(font).not.toMatch(/^"?Times New Roman"?$/);
    // The rationale's markup is text in the report, not markup.
    await preview().getByText('Laut Reuters erst später <abgeschlossen> & "bestätigt".').waitFor();
    await page.waitForTimeout(200);
    await wb.screenshot('20-export-dialog');
  });

  it('saves HTML, Markdown and CSV with the October claim', async () => {
    const html = await saveAs('HTML');
    expect(html.name).toMatch(new RegExp(`^factdesk-article-${articleId}-\\d{4}-\\d{2}-\\d{2}\\.html$`));
    const htmlText = html.bytes.toString('utf8');
    expect(htmlText.toLowerCase()).toContain('<!doctype html');
    expect(htmlText).toContain(OCTOBER);
    expect(htmlText).not.toContain('<abgeschlossen>');
    await exportDialog().getByText(`Saved ${html.name}.`).waitFor();

    const md = (await saveAs('Markdown')).bytes.toString('utf8');
    expect(md).toContain(OCTOBER);
    expect(md).toContain('Lukaschenko');

    const csv = await saveAs('CSV');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.bytes.toString('utf8');
    expect(csvText).toContain(OCTOBER);
    expect(csvText).toContain(KREML);
  });

  it('saves ClaimReview and Web Annotation JSON-LD that parse', async () => {
    const claimReview = JSON.parse((await saveAs('ClaimReview JSON-LD')).bytes.toString('utf8')) as unknown;
    const reviews = (Array.isArray(claimReview) ? claimReview : [claimReview]) as Array<Record<string, unknown>>;
    expect(JSON.stringify(reviews)).toContain('ClaimReview');
    expect(reviews.some((r) => String(r.claimReviewed ?? '').includes(OCTOBER) || JSON.stringify(r).includes(OCTOBER))).toBe(true);

    const annotations = JSON.parse((await saveAs('Web Annotation JSON-LD')).bytes.toString('utf8')) as Record<string, unknown>;
    expect(JSON.stringify(annotations['@context'])).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(JSON.stringify(annotations)).toContain(OCTOBER);
    expect(JSON.stringify(annotations)).toContain('assessing');
  });

  it('shows progress while the PDF renders, then saves a real PDF', async () => {
    const dialog = exportDialog();
    await dialog.getByRole('radio', { name: /^PDF/ }).check();
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await dialog.getByRole('button', { name: 'Save PDF', exact: true }).click();
    await dialog.getByText('Rendering the PDF report…').waitFor();
    expect(await dialog.getByRole('button', { name: 'Save PDF', exact: true }).isDisabled()).toBe(true);
    await wb.screenshot('21-export-pdf-progress');
    const pdf = await readFile(await (await download).path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect.poll(() => dialog.getByText('Rendering the PDF report…').count(), EVENTUALLY).toBe(0);
  });

  it('filters by status: the preview and the file only hold matching claims', async () => {
    const dialog = exportDialog();
    await dialog.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Published' }).check();
    await expect.poll(() => preview().getByText(KREML).count(), EVENTUALLY).toBe(0);
    await preview().getByText(OCTOBER).first().waitFor();
    const csv = (await saveAs('CSV')).bytes.toString('utf8');
    expect(csv).toContain(OCTOBER);
    expect(csv).not.toContain(KREML);
    await dialog.getByRole('button', { name: 'Clear filters' }).click();
    await preview().getByText(KREML).first().waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => exportDialog().count(), EVENTUALLY).toBe(0);
  });

  it('exports only the claims ticked in the claims list', async () => {
    const claims = page.getByRole('region', { name: /^Claims/ });
    await claims.getByRole('checkbox', { name: /Lukaschenko erlaubte dem Kreml/ }).check();
    await page.getByRole('toolbar', { name: 'Claims tools' }).getByText('1 selected').waitFor();
    await page.getByRole('button', { name: 'Export report' }).click();
    const dialog = exportDialog();
    expect(await dialog.getByRole('radio', { name: /^The selected claim/ }).isChecked()).toBe(true);
    await preview().getByText(KREML).first().waitFor();
    await expect.poll(() => preview().getByText(OCTOBER).count(), EVENTUALLY).toBe(0);
    const csv = (await saveAs('CSV')).bytes.toString('utf8');
    expect(csv).toContain(KREML);
    expect(csv).not.toContain(OCTOBER);
    // The whole database holds both again.
    await dialog.getByRole('radio', { name: /^The whole database/ }).check();
    await preview().getByText(OCTOBER).first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => exportDialog().count(), EVENTUALLY).toBe(0);
  });

  it('keeps the export dialog readable in the dark theme (WCAG AA contrast)', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await page.getByRole('button', { name: 'Export report' }).click();
      await preview().getByText(KREML).first().waitFor();
      await expectReadableInDarkTheme(page, { highlights: false });
      await wb.screenshot('22-export-dialog-dark');
      await page.keyboard.press('Escape');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('reported no page errors, console errors, CSP violations or dialogs', () => {
    // The harness's own init script (a CSP listener) is refused in the sandboxed preview frame,
    // as every script there must be: that refusal is the sandbox working, not a page problem.
    const sandboxRefusals = wb.problems.filter((p) => p.includes("Blocked script execution in 'about:srcdoc'"));
    expect(wb.problems.filter((p) => !sandboxRefusals.includes(p))).toEqual([]);
  });
});
