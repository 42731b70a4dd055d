// Issue 9, point 1: the claim panel keeps saving and shows what is stored. Two real reviewers
// (two `factdesk serve` processes on one file, each in its own browser context): Anna rates,
// Ben approves, Anna changes the verdict; and Anna's refused self-approval.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { EVENTUALLY, SAMPLE, startWorkbench, type Workbench } from './harness';
import { startSecondReviewer, type SecondReviewer } from './second-reviewer';

const OCTOBER = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const ANNA = 'Anna Becker';
const BEN = 'Ben Kramer';

interface StoredClaim {
  id: number;
  claimant: string | null;
  verdict: string | null;
  rationale: string | null;
  status: string;
  approvedBy: string | null;
}

let wb: Workbench;
let ben: SecondReviewer;
let articleId = 0;
let claimId = 0;

const panel = (p: Page): Locator => p.getByRole('complementary', { name: 'Claim review' });
const field = (p: Page, name: string): Locator => panel(p).getByLabel(name, { exact: true });

async function stored(): Promise<StoredClaim> {
  const run = await wb.cli(['show', String(articleId), '--json']);
  const claim = (JSON.parse(run.stdout) as { claims: StoredClaim[] }).claims.find((c) => c.id === claimId);
  if (claim === undefined) throw new Error('claim missing');
  return claim;
}

async function openClaim(p: Page): Promise<void> {
  await p.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
  await p.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: new RegExp(OCTOBER) }).click();
  await panel(p).getByRole('heading', { name: `Claim #${claimId}` }).waitFor();
}

beforeAll(async () => {
  wb = await startWorkbench({ reviewerName: ANNA });
  expect((await wb.cli(['import', SAMPLE])).code).toBe(0);
  articleId = (JSON.parse((await wb.cli(['articles', '--json'])).stdout) as { articles: { id: number }[] }).articles[0]?.id ?? 0;
  const added = await wb.cli(['claim', 'add', String(articleId), '--quote', OCTOBER, '--json']);
  claimId = (JSON.parse(added.stdout) as { id: number }).id;
  await wb.page.goto(wb.url);
  ben = await startSecondReviewer(wb, BEN);
}, 180_000);

afterAll(async () => {
  await ben?.close();
  await wb?.close();
});

it('shows the stored status after the approval is withdrawn, and keeps saving every other field', async () => {
  const anna = wb.page;
  await openClaim(anna);
  await field(anna, 'Verdict').selectOption({ label: 'False' });
  await field(anna, 'Status').selectOption({ label: 'Needs review' });
  await panel(anna).getByText('All changes saved').waitFor();
  await expect.poll(async () => (await stored()).status, EVENTUALLY).toBe('needs_review');

  await openClaim(ben.page);
  await panel(ben.page).getByRole('region', { name: 'Review' }).getByRole('button', { name: 'Approve verdict' }).click();
  await expect.poll(async () => (await stored()).approvedBy, EVENTUALLY).toBe(BEN);
  // Anna's panel follows the approval (live update), as in the report.
  await expect.poll(() => field(anna, 'Status').inputValue(), { timeout: 20_000, interval: 200 }).toBe('approved');

  // Anna changes the verdict: the store withdraws the approval; her panel must say so.
  await field(anna, 'Verdict').selectOption({ label: 'Mostly false' });
  await expect.poll(async () => (await stored()).verdict, EVENTUALLY).toBe('mostly_false');
  expect((await stored()).status).toBe('needs_review');
  await expect.poll(() => field(anna, 'Status').inputValue(), EVENTUALLY).toBe('needs_review');
  await panel(anna).getByText('All changes saved').waitFor();
  expect(await panel(anna).getByText('The status change was refused').count()).toBe(0);
  expect(await panel(anna).getByText(/^Not saved/).count()).toBe(0);

  // Every later edit is stored without pressing anything.
  await field(anna, 'Claimant').fill('Lukaschenko');
  await expect.poll(async () => (await stored()).claimant, EVENTUALLY).toBe('Lukaschenko');
  await panel(anna).getByText('All changes saved').waitFor();
  expect((await stored()).status).toBe('needs_review');
  await wb.screenshot('60-approval-withdrawn-panel');
});

it('refuses a self-approval with a sentence, shows the stored status and still saves the other fields', async () => {
  const anna = wb.page;
  await field(anna, 'Rationale').fill('Reuters: erst im November.');
  await field(anna, 'Status').selectOption({ label: 'Approved' });
  await panel(anna).getByRole('button', { name: 'Save', exact: true }).click();
  await panel(anna).getByText(/Status not changed: You set this verdict yourself/).waitFor();
  await expect.poll(async () => (await stored()).rationale, EVENTUALLY).toBe('Reuters: erst im November.');
  const now = await stored();
  expect(now.status).toBe('needs_review');
  await expect.poll(() => field(anna, 'Status').inputValue(), EVENTUALLY).toBe('needs_review');
  const chip = anna.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: new RegExp(OCTOBER) }).locator('.status-tag');
  expect(await chip.textContent()).toBe('Needs review');
  await panel(anna).getByText('All changes saved').waitFor();
  // The notice can be put away, and nothing lingers unsaved.
  await panel(anna).getByRole('button', { name: 'Dismiss' }).click();
  expect(await panel(anna).getByText(/Status not changed/).count()).toBe(0);
  await field(anna, 'Claimant').fill('Alexander Lukaschenko');
  await expect.poll(async () => (await stored()).claimant, EVENTUALLY).toBe('Alexander Lukaschenko');
  expect(wb.problems.filter((p) => !p.includes('403'))).toEqual([]);
});
