// Reviewing together in a real Chromium: the name prompt on a first start, My queue, four-eyes
// approval, assignment, comments, history, presence and live comments from a second reviewer (a
// second `factdesk serve` on the same file), a three-way conflict with the command line, and the
// calm busy line.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { EVENTUALLY, ROOT, SAMPLE, startWorkbench, type Workbench } from './harness';
import { startSecondReviewer, type SecondReviewer } from './second-reviewer';
import { expectReadableInDarkTheme } from '../support/contrast';

const OCTOBER = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const KREML = 'Lukaschenko erlaubte dem Kreml';
const ANNA = 'Anna Becker';
const BEN = 'Ben Kramer';

interface StoredClaim {
  id: number;
  revision: number;
  claimant: string | null;
  claimDate: string | null;
  verdict: string | null;
  rationale: string | null;
  status: string;
  assignee: string | null;
  verdictSetBy: string | null;
  approvedBy: string | null;
  quote: { exact: string };
}

let wb: Workbench;
let page: Page;
let articleId = 0;
let october: StoredClaim;
let kreml: StoredClaim;
let second: SecondReviewer | null = null;

async function cliJson<T>(args: string[]): Promise<T> {
  const run = await wb.cli([...args, '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}

async function stored(id: number): Promise<StoredClaim> {
  const shown = await cliJson<{ claims: StoredClaim[] }>(['show', String(articleId)]);
  const claim = shown.claims.find((c) => c.id === id);
  if (claim === undefined) throw new Error(`claim ${id} missing`);
  return claim;
}

function panel(p: Page = page): Locator {
  return p.getByRole('complementary', { name: 'Claim review' });
}

function field(name: string, p: Page = page): Locator {
  return panel(p).getByLabel(name, { exact: true });
}

async function openClaim(quote: string, p: Page = page): Promise<void> {
  await p.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: new RegExp(quote) }).click();
  await panel(p).getByRole('heading', { name: /^Claim #/ }).waitFor();
}

async function waitSaved(p: Page = page): Promise<void> {
  await panel(p).getByText('All changes saved').waitFor();
}

beforeAll(async () => {
  wb = await startWorkbench({ reviewerName: null });
  page = wb.page;
  const imported = await wb.cli(['import', SAMPLE]);
  expect(imported.code, imported.stderr).toBe(0);
  articleId = (await cliJson<{ articles: { id: number }[] }>(['articles'])).articles[0]?.id ?? 0;
  // Ben marks the October claim, rates it and asks for review; he also marks a second claim.
  const added = await cliJson<StoredClaim>(['claim', 'add', String(articleId), '--quote', OCTOBER, '--claimant', 'Lukaschenko', '--reviewer', BEN]);
  october = await cliJson<StoredClaim>([
    'claim', 'update', String(added.id), '--expect-rev', String(added.revision),
    '--verdict', 'False', '--status', 'Needs review', '--rationale', 'Reuters: erst im November.', '--reviewer', BEN,
  ]);
  kreml = await cliJson<StoredClaim>(['claim', 'add', String(articleId), '--quote', KREML, '--reviewer', BEN]);
  await page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  await second?.close();
  await wb?.close();
});

describe('reviewing together', () => {
  it('asks for the reviewer name on a first start and shows it in the header', async () => {
    const prompt = page.getByRole('dialog', { name: 'Welcome to Factdesk' });
    await prompt.waitFor();
    await page.keyboard.press('Escape');
    expect(await prompt.isVisible()).toBe(true);
    await prompt.getByRole('button', { name: 'Start reviewing' }).click();
    await prompt.getByText('Please enter your name.').waitFor();
    await wb.screenshot('30-name-prompt');
    await prompt.getByLabel('Your name').fill(ANNA);
    await prompt.getByRole('button', { name: 'Start reviewing' }).click();
    await page.getByRole('button', { name: `Reviewing as ${ANNA}. Change name` }).waitFor();
    expect(await prompt.count()).toBe(0);
    const saved = JSON.parse(await readFile(join(wb.dir, 'home', 'settings.json'), 'utf8')) as { reviewerName: string };
    expect(saved.reviewerName).toBe(ANNA);
  });

  it('lists the claim waiting for my review in My queue and opens it', async () => {
    const queueButton = page.getByRole('button', { name: /^My queue, 1 claim$/ });
    await queueButton.waitFor();
    await queueButton.click();
    const queue = page.getByRole('dialog', { name: 'My queue' });
    const waiting = queue.getByRole('region', { name: 'Waiting for your review' });
    await waiting.getByText(OCTOBER).waitFor();
    await waiting.getByText(`verdict by ${BEN}`).waitFor();
    await queue.getByText('Nothing is assigned to you.').waitFor();
    await wb.screenshot('31-my-queue');
    await waiting.getByRole('button', { name: new RegExp(OCTOBER) }).click();
    await expect.poll(() => queue.count(), EVENTUALLY).toBe(0);
    await expect.poll(() => field('Claim').inputValue(), EVENTUALLY).toBe(OCTOBER);
    await panel().getByRole('heading', { name: `Claim #${october.id}` }).waitFor();
  });

  it('approves a verdict someone else set (four eyes) and shows who set and who approved it', async () => {
    const review = panel().getByRole('region', { name: 'Review' });
    const [setBy, approvedBy] = [review.getByRole('definition').nth(0), review.getByRole('definition').nth(1)];
    await expect.poll(() => setBy.textContent(), EVENTUALLY).toContain(BEN);
    expect(await approvedBy.textContent()).toBe('Not approved');
    await review.getByRole('button', { name: 'Approve verdict' }).click();
    await waitSaved();
    await expect.poll(async () => (await stored(october.id)).approvedBy, EVENTUALLY).toBe(ANNA);
    expect((await stored(october.id)).status).toBe('approved');
    await expect.poll(() => field('Status').inputValue(), EVENTUALLY).toBe('approved');
    await expect.poll(() => approvedBy.textContent(), EVENTUALLY).toContain(ANNA);
    expect(await setBy.textContent()).toContain(BEN);
    await page.getByRole('button', { name: /^My queue, 0 claims$/ }).waitFor();
  });

  it('shows the claim history: the verdict change by its reviewer, then the approval', async () => {
    await panel().getByText('History', { exact: true }).click();
    const history = panel().getByRole('list', { name: `History of claim #${october.id}` });
    const verdictChange = history.getByRole('listitem').filter({ hasText: `${BEN} changed claim #${october.id}` });
    await verdictChange.waitFor();
    expect(await verdictChange.textContent()).toMatch(/Verdict—\s*→\s*False/);
    expect(await verdictChange.textContent()).toMatch(/StatusDraft\s*→\s*Needs review/);
    const approval = history.getByRole('listitem').filter({ hasText: `${ANNA} changed claim #${october.id}` });
    expect(await approval.textContent()).toMatch(/Approved by—\s*→\s*Anna Becker/);
    expect(await approval.textContent()).toMatch(/StatusNeeds review\s*→\s*Approved/);
    await history.scrollIntoViewIfNeeded();
    await wb.screenshot('32-review-panel-history');
  });

  it('refuses approving my own verdict with a clear message, keeps the stored status and saves the verdict', async () => {
    await openClaim(KREML);
    await field('Verdict').selectOption({ label: 'Mostly false' });
    await field('Status').selectOption({ label: 'Approved' });
    await panel().getByRole('button', { name: 'Save', exact: true }).click();
    await panel().getByText(/Status not changed: You set this verdict yourself, so another reviewer has to approve it \(four-eyes rule\)/).waitFor();
    await wb.screenshot('33-four-eyes-refused');
    await waitSaved();
    await expect.poll(() => field('Status').inputValue(), EVENTUALLY).toBe('draft');
    const after = await stored(kreml.id);
    expect(after.verdict).toBe('mostly_false');
    expect(after.verdictSetBy).toBe(ANNA);
    expect(after.status).toBe('draft');
  });

  it('assigns the claim to me and lists it under Assigned to you', async () => {
    const assignee = panel().getByRole('region', { name: 'Review' }).getByLabel('Assigned to');
    const options = await assignee.locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Nobody', `${ANNA} (me)`, BEN]));
    await assignee.selectOption({ label: `${ANNA} (me)` });
    await waitSaved();
    await expect.poll(async () => (await stored(kreml.id)).assignee, EVENTUALLY).toBe(ANNA);
    await page.getByRole('button', { name: /^My queue, 1 claim$/ }).click();
    const queue = page.getByRole('dialog', { name: 'My queue' });
    await queue.getByRole('region', { name: 'Assigned to you' }).getByText(KREML).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => queue.count(), EVENTUALLY).toBe(0);
  });

  it('keeps a comment thread with a reply, and resolves and reopens it', async () => {
    const comments = panel().getByRole('region', { name: /^Comments/ });
    await comments.getByText('No comments yet.', { exact: false }).waitFor();
    await comments.getByRole('textbox', { name: 'Add a comment' }).fill('Gibt es eine zweite Quelle für Februar 2022?');
    await comments.getByRole('button', { name: 'Comment', exact: true }).click();
    const thread = comments.getByRole('listitem', { name: `Thread by ${ANNA}` });
    await thread.getByText('Gibt es eine zweite Quelle für Februar 2022?').waitFor();
    await thread.getByText(ANNA, { exact: true }).waitFor();
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByRole('textbox', { name: `Reply to ${ANNA}` }).fill('Ja: AP vom 24. Februar 2022.');
    await thread.getByRole('button', { name: 'Post reply' }).click();
    await thread.getByRole('list', { name: `Replies to ${ANNA}` }).getByText('Ja: AP vom 24. Februar 2022.').waitFor();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await thread.getByText(`Resolved thread by ${ANNA} (1 reply)`).waitFor();
    await thread.getByRole('button', { name: 'Show' }).click();
    await thread.getByRole('button', { name: 'Reopen' }).click();
    await thread.getByRole('button', { name: 'Reply' }).waitFor();
  });

  it('shows who else has the file open, what they edit, and their comments live', async () => {
    second = await startSecondReviewer(wb, BEN);
    const ben = second.page;
    await ben.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
    await openClaim(KREML, ben);
    // Anna sees Ben, and what he has open.
    const presence = page.getByText('1 other reviewer here');
    await presence.waitFor({ timeout: 20_000 });
    await presence.click();
    await page.getByRole('list', { name: 'Also in this file' }).getByText(`editing claim #${kreml.id}`).waitFor({ timeout: 20_000 });
    await panel().getByText(`${BEN} has this claim open too.`).waitFor({ timeout: 20_000 });
    // Ben comments; it appears in Anna's open thread without a reload.
    const benComments = panel(ben).getByRole('region', { name: /^Comments/ });
    await benComments.getByRole('textbox', { name: 'Add a comment' }).fill('Ich übernehme die AP-Recherche.');
    await benComments.getByRole('button', { name: 'Comment', exact: true }).click();
    const benThread = panel().getByRole('listitem', { name: `Thread by ${BEN}` });
    await benThread.getByText('Ich übernehme die AP-Recherche.').waitFor();
    await benThread.scrollIntoViewIfNeeded();
    await wb.screenshot('34-presence-and-live-comment');
    await presence.click();
  });

  it('shows base, theirs and mine on a conflict with the command line, and saves the per-field choice', async () => {
    await second?.close();
    second = null;
    // A paused fake clock keeps the edits below unsaved (no autosave) and unaware of the command
    // line's change (no live poll) until Save is pressed.
    await page.clock.install();
    await page.reload();
    await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
    await openClaim(KREML);
    await page.clock.pauseAt(Date.now() + 1000);
    const base = await stored(kreml.id);
    await field('Claimant').fill('Alexander Lukaschenko (Anna)');
    await field('Rationale').fill('Annas Begründung: AP bestätigt Februar 2022.');
    const changed = await wb.cli([
      'claim', 'update', String(kreml.id), '--expect-rev', String(base.revision),
      '--claimant', 'A. Lukaschenko (CLI)', '--rationale', 'Begründung von der Kommandozeile.', '--reviewer', BEN,
    ]);
    expect(changed.code, changed.stderr).toBe(0);
    await panel().getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else changed this claim' });
    await dialog.waitFor();
    const rows = dialog.getByRole('row');
    await dialog.getByRole('columnheader', { name: 'Started from' }).waitFor();
    const claimantRow = rows.filter({ has: page.getByRole('rowheader', { name: 'Claimant' }) });
    expect(await claimantRow.getByRole('cell').allTextContents()).toEqual([
      '(empty)',
      'Alexander Lukaschenko (Anna)',
      'A. Lukaschenko (CLI)',
    ]);
    const rationaleRow = rows.filter({ has: page.getByRole('rowheader', { name: 'Rationale' }) });
    expect(await rationaleRow.getByRole('cell').allTextContents()).toEqual([
      '(empty)',
      'Annas Begründung: AP bestätigt Februar 2022.',
      'Begründung von der Kommandozeile.',
    ]);
    await wb.screenshot('35-three-way-conflict');
    await dialog.getByRole('radio', { name: 'Keep theirs Claimant' }).check();
    expect(await dialog.getByRole('radio', { name: 'Keep mine Rationale' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Save my choice' }).click();
    await waitSaved();
    const after = await stored(kreml.id);
    expect(after.claimant).toBe('A. Lukaschenko (CLI)');
    expect(after.rationale).toBe('Annas Begründung: AP bestätigt Februar 2022.');
    expect(after.revision).toBe(base.revision + 2);
    await page.clock.resume();
  });

  it('says calmly that another reviewer is saving while the core waits for their lock', async () => {
    // Another process holds the file's write lock for a few seconds (a colleague's long save).
    const holder = spawn(process.execPath, [join(ROOT, 'test', 'workers', 'hold-lock.mjs'), wb.dbPath, 'immediate', '5000'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const released = new Promise<void>((resolve) => holder.once('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      holder.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
      holder.once('exit', (code) => reject(new Error(`lock holder exited (${code})`)));
    });
    await field('Claimant').fill('A. Lukaschenko');
    await panel().getByRole('button', { name: 'Save', exact: true }).click();
    const line = page.getByRole('status').filter({ hasText: /Another reviewer is saving/ });
    await line.waitFor({ timeout: 15_000 });
    await wb.screenshot('38-busy-waiting');
    await released;
    await waitSaved();
    await expect.poll(() => line.count(), EVENTUALLY).toBe(0);
    expect((await stored(kreml.id)).claimant).toBe('A. Lukaschenko');
    expect(await page.getByRole('alert', { name: 'Errors' }).textContent()).toBe('');
  });

  it('says calmly that another reviewer is saving while a busy save is retried', async () => {
    let refusals = 2;
    await page.route('**/__factdesk/api/updateClaim', async (route) => {
      if (refusals > 0) {
        refusals--;
        await route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ ok: false, error: { code: 'busy', message: 'Another reviewer is saving to this file right now.' } }),
        });
      } else {
        await route.continue();
      }
    });
    await field('Claim date').fill('2023-12-01');
    await panel().getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Another reviewer is saving, retrying…').waitFor();
    await waitSaved();
    await expect.poll(() => page.getByText('Another reviewer is saving, retrying…').count(), EVENTUALLY).toBe(0);
    expect((await stored(kreml.id)).claimDate).toBe('2023-12-01');
    expect(await page.getByRole('alert', { name: 'Errors' }).textContent()).toBe('');
    await page.unroute('**/__factdesk/api/updateClaim');
  });

  it('shows the article history with readable fields and labels', async () => {
    await page.getByRole('toolbar', { name: 'Claims tools' }).getByRole('button', { name: 'Article history' }).click();
    const dialog = page.getByRole('dialog', { name: 'Article history' });
    const list = dialog.getByRole('list', { name: 'Article history' });
    await list.getByText(`${ANNA} commented`, { exact: false }).first().waitFor();
    await list.getByRole('listitem').filter({ hasText: 'imported the article' }).waitFor();
    await list.getByRole('listitem').filter({ hasText: `${BEN} marked claim #${october.id}` }).waitFor();
    expect(await list.getByRole('listitem').filter({ hasText: 'Mostly false' }).count()).toBeGreaterThan(0);
    await wb.screenshot('36-article-history');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('keeps the review panel and every verdict highlight readable in the dark theme (WCAG AA contrast)', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await openClaim(OCTOBER);
      await panel().getByRole('region', { name: 'Review' }).scrollIntoViewIfNeeded();
      await page.mouse.move(0, 0);
      await expectReadableInDarkTheme(page, { highlights: true });
      await wb.screenshot('37-review-panel-dark');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('reported no page errors, console errors, CSP violations or dialogs', () => {
    expect(wb.problems).toEqual([]);
  });
});
