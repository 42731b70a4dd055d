// Publishing in a real Chromium (issue 12): the organisation and a custom verdict set up in the
// Settings screen; a claim taken by two reviewers from draft to approved to published; the
// published verdict corrected through the correction dialog; the report showing the correction.
// Also: the scale's ratings range edited there; a published claim's sources changed only with a
// correction note; the verdict's dark-theme colour in dark mode; Ctrl+, opening the settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../main/core/store/sqlite';
import { reportText } from '../../main/core/export/report-text';
import type { Locator, Page } from 'playwright-core';
import { EVENTUALLY, SAMPLE, startWorkbench, type Workbench } from './harness';

const OCTOBER = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const BEN = 'Ben Kramer';
const NOTE = 'The transfer was confirmed later; the verdict is now False.';

interface StoredClaim {
  id: number;
  revision: number;
  verdict: string | null;
  status: string;
  approvedBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  publishedUrl: string | null;
  modifiedAt: string | null;
}

let wb: Workbench;
let page: Page;
let articleId = 0;
let claimId = 0;

async function cliJson<T>(args: string[]): Promise<T> {
  const run = await wb.cli([...args, '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}

async function stored(): Promise<StoredClaim> {
  const shown = await cliJson<{ claims: StoredClaim[] }>(['show', String(articleId)]);
  const claim = shown.claims.find((c) => c.id === claimId);
  if (claim === undefined) throw new Error(`claim ${claimId} missing`);
  return claim;
}

function panel(): Locator {
  return page.getByRole('complementary', { name: 'Claim review' });
}

beforeAll(async () => {
  wb = await startWorkbench();
  page = wb.page;
  const imported = await wb.cli(['import', SAMPLE]);
  expect(imported.code, imported.stderr).toBe(0);
  articleId = (await cliJson<{ articles: { id: number }[] }>(['articles'])).articles[0]?.id ?? 0;
  await page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  await wb?.close();
});

describe('publishing from the workbench', () => {
  it('sets up the organisation and a custom verdict in the Settings screen', async () => {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    const organisation = dialog.getByRole('form', { name: 'Organisation' });
    await organisation.getByLabel('Name', { exact: true }).fill('Our Desk');
    await organisation.getByLabel('Web address', { exact: true }).fill('https://desk.example/');
    await organisation.getByLabel('Address of published fact-checks').fill('https://desk.example/checks/');
    await organisation.getByText('The URL pattern needs {id} or {slug}').waitFor();
    await organisation.getByLabel('Address of published fact-checks').fill('https://desk.example/checks/{id}');
    await organisation.getByText('Example: https://desk.example/checks/42').waitFor();
    await organisation.getByRole('button', { name: 'Save organisation' }).click();
    await organisation.getByText('Organisation saved.').waitFor();

    const add = dialog.getByRole('form', { name: 'Add a verdict' });
    await add.getByLabel('English label').fill('Missing context');
    await add.getByLabel('German label').fill('Fehlender Kontext');
    await add.getByLabel('Colour (light theme)').fill('#d4a72c');
    await add.getByText(/contrast of 2\.2:1 on the light theme/).waitFor();
    await add.getByLabel('Colour (light theme)').fill('#0969da');
    await add.getByLabel('Colour (dark theme)').fill('#1f3a93');
    await add.getByText(/The dark-theme colour #1f3a93 has a contrast of 1\.7:1 on the dark theme/).waitFor();
    await add.getByLabel('Colour (dark theme)').fill('#4493f8');
    await add.getByRole('button', { name: 'Add verdict' }).click();
    await dialog.getByLabel('English label of Missing context').waitFor();

    // The ratings range (ClaimReview worstRating..bestRating) holds every verdict's rating.
    const range = dialog.getByRole('form', { name: 'Ratings range' });
    await range.getByLabel('Worst rating').fill('2');
    await range.getByRole('button', { name: 'Save range' }).click();
    await dialog.getByRole('alert').getByText('The range 2 to 5 leaves out the rating of "False" (1)', { exact: false }).waitFor();
    await range.getByLabel('Worst rating').fill('0');
    await range.getByLabel('Best rating').fill('10');
    await range.getByRole('button', { name: 'Save range' }).click();
    await range.getByText('Ratings from 0 (worst) to 10 (best)', { exact: false }).waitFor();
    await wb.screenshot('60-settings');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    expect(await cliJson<Record<string, unknown>>(['settings'])).toMatchObject({
      organisationName: 'Our Desk',
      organisationUrl: 'https://desk.example/',
      publicationUrlPattern: 'https://desk.example/checks/{id}',
    });
    const scale = await cliJson<{ worstRating: number; bestRating: number; verdicts: Array<{ key: string; labelDe: string | null; ratingValue: number | null }> }>(['verdicts']);
    expect(scale.verdicts.at(-1)).toEqual(expect.objectContaining({ key: 'missing_context', labelDe: 'Fehlender Kontext', ratingValue: null, color: '#0969da', colorDark: '#4493f8' }));
    expect(scale).toMatchObject({ worstRating: 0, bestRating: 10 });
  });

  it('takes a claim from draft to approved (two reviewers) to published', async () => {
    // Ben marks the claim, gives it the new verdict and asks for review.
    const added = await cliJson<StoredClaim>(['claim', 'add', String(articleId), '--quote', OCTOBER, '--reviewer', BEN]);
    claimId = added.id;
    await cliJson(['claim', 'update', String(claimId), '--expect-rev', String(added.revision), '--verdict', 'Missing context', '--status', 'Needs review', '--reviewer', BEN]);
    await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
    await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /Einsatz russischer Atomwaffen/ }).click();
    await panel().getByRole('button', { name: 'Approve verdict' }).click();
    await expect.poll(async () => (await stored()).status, EVENTUALLY).toBe('approved');
    await panel().getByRole('button', { name: 'Publish', exact: true }).click();
    await panel().getByText(`https://desk.example/checks/${claimId}`).waitFor();
    await wb.screenshot('61-published');
    expect(await stored()).toMatchObject({ status: 'published', approvedBy: 'e2e-reviewer', publishedBy: 'e2e-reviewer', publishedUrl: `https://desk.example/checks/${claimId}` });
  });

  it('corrects the published verdict through the correction dialog, and the report shows the correction', async () => {
    const before = await stored();
    await panel().getByLabel('Verdict', { exact: true }).selectOption({ label: 'False' });
    const dialog = page.getByRole('dialog', { name: 'Correct the published fact-check' });
    await dialog.waitFor();
    await dialog.getByLabel('Correction note').fill(NOTE);
    await wb.screenshot('62-correction-dialog');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(async () => (await stored()).verdict, EVENTUALLY).toBe('false');
    const after = await stored();
    expect(after).toMatchObject({ status: 'published', publishedAt: before.publishedAt });
    expect(after.modifiedAt).not.toBeNull();

    await page.getByRole('button', { name: 'Export report' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export report' });
    const preview = page.frameLocator('iframe[title="Report preview"]');
    // The report writes the correction's day as its language does ("2 December 2026").
    await preview.getByText(`${reportText('en').date(after.modifiedAt ?? '')}: ${NOTE}`).waitFor();
    await wb.screenshot('63-report-correction');
    await exportDialog.getByRole('button', { name: 'Close', exact: true }).click();
  });

  it('asks for a correction note before adding, editing or removing a source of the published claim', async () => {
    const before = await stored();
    await panel().getByRole('button', { name: 'Add source' }).click();
    const form = panel().getByRole('form', { name: 'Add this source' });
    await form.getByLabel('URL').fill('https://www.reuters.com/world/europe/belarus-nuclear-weapons/');
    await form.getByLabel('Title').fill('Belarus says deployment complete');
    await form.getByRole('button', { name: 'Add this source' }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct the published fact-check' });
    // Cancelled, nothing is saved and the form stays to edit or cancel.
    await dialog.getByRole('button', { name: 'Cancel the edit' }).click();
    await form.waitFor();
    expect(await sourcesOfClaim()).toEqual([]);
    await form.getByRole('button', { name: 'Add this source' }).click();
    await dialog.getByLabel('Correction note').fill('Added the Reuters report of the deployment.');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await panel().getByText('Belarus says deployment complete').waitFor();
    expect(await sourcesOfClaim()).toEqual(['Belarus says deployment complete']);

    await panel().getByRole('button', { name: 'Edit source Belarus says deployment complete' }).click();
    const edit = panel().getByRole('form', { name: 'Save source' });
    await edit.getByLabel('Title').fill('Belarus says Russian nuclear weapons deployment complete');
    await edit.getByRole('button', { name: 'Save source' }).click();
    await dialog.getByLabel('Correction note').fill('Gave the Reuters report its full title.');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await panel().getByText('Belarus says Russian nuclear weapons deployment complete').waitFor();

    await panel().getByRole('button', { name: 'Remove source Belarus says Russian nuclear weapons deployment complete' }).click();
    await page.getByRole('dialog', { name: 'Remove this source?' }).getByRole('button', { name: 'Remove source' }).click();
    await dialog.getByLabel('Correction note').fill('Removed the Reuters report: it was about another deployment.');
    await wb.screenshot('64-source-correction');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await panel().getByText('No sources yet.').waitFor();
    expect(await sourcesOfClaim()).toEqual([]);

    expect(await corrections()).toEqual([
      NOTE,
      'Added the Reuters report of the deployment.',
      'Gave the Reuters report its full title.',
      'Removed the Reuters report: it was about another deployment.',
    ]);
    expect(await stored()).toMatchObject({ status: 'published', publishedAt: before.publishedAt });
    expect(wb.problems).toEqual([]);
  });

  it('colours the highlight with the verdict’s dark-theme colour in dark mode', async () => {
    // The claim's verdict is now False: #cf222e on the light theme, #f85149 on the dark one.
    const mark = page.locator('mark.claim-mark[data-verdict="false"]').first();
    const underline = () => mark.evaluate((el) => getComputedStyle(el).borderBottomColor);
    await expect.poll(underline, EVENTUALLY).toBe('rgb(207, 34, 46)');
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await expect.poll(underline, EVENTUALLY).toBe('rgb(248, 81, 73)');
      const swatch = page.getByRole('list', { name: 'Highlight colours' }).getByRole('listitem').filter({ hasText: /^False$/ }).locator('.swatch');
      expect(await swatch.evaluate((el) => getComputedStyle(el).borderBottomColor)).toBe('rgb(248, 81, 73)');
      await wb.screenshot('65-dark-highlight');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('opening the settings from the keyboard', () => {
  it('opens the Settings screen with Ctrl+,', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Comma');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});

async function sourcesOfClaim(): Promise<string[]> {
  const shown = await cliJson<{ sources: Array<{ claimId: number; title: string | null }> }>(['show', String(articleId)]);
  return shown.sources.filter((s) => s.claimId === claimId).map((s) => s.title ?? '');
}

async function corrections(): Promise<string[]> {
  const raw = await openConnection(wb.dbPath, { readOnly: true });
  try {
    return (await raw.all<{ note: string }>('SELECT note FROM claim_correction WHERE claim_id = ? ORDER BY id', [claimId])).map((r) => r.note);
  } finally {
    await raw.close();
  }
}
