// The fact-checker's day in a real Chromium against `factdesk serve` on a real database file:
// import, mark claims (overlapping, across paragraphs), review fields, sources, reload,
// delete, and a conflict when the database changed underneath.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { EVENTUALLY, SAMPLE, selectText, startWorkbench, type Workbench } from './harness';
import { expectReadableInDarkTheme } from '../support/contrast';

const OCTOBER = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const OVERLAP = 'russischer Atomwaffen';
const ACROSS = 'Kiew zu erhöhen.\n\nLukaschenko sagte letzten Monat';

interface StoredClaim {
  id: number;
  revision: number;
  position: { start: number; end: number };
  quote: { exact: string };
  claimant: string | null;
  verdict: string | null;
  rationale: string | null;
  status: string;
}
interface Shown {
  article: { id: number; text: string };
  claims: StoredClaim[];
  sources: { claimId: number; url: string; title: string | null }[];
}

let wb: Workbench;
let page: Page;
let articleId = 0;

/** Text covered by each claim's highlights, by claim id, in document order. */
function highlightedText(p: Page): Promise<Record<string, string>> {
  return p.evaluate(() => {
    const out: Record<string, string> = {};
    for (const mark of document.querySelectorAll('[aria-label="Article text"] mark[data-claim-ids]')) {
      for (const id of (mark.getAttribute('data-claim-ids') ?? '').split(' ')) {
        out[id] = (out[id] === undefined ? '' : `${out[id]}|`) + (mark.textContent ?? '');
      }
    }
    return out;
  });
}

async function show(): Promise<Shown> {
  const run = await wb.cli(['show', String(articleId), '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Shown;
}

function field(name: string): Locator {
  return page.getByRole('complementary', { name: 'Claim review' }).getByLabel(name, { exact: true });
}

async function markClaim(quote: string, occurrence = 1): Promise<StoredClaim> {
  const before = (await show()).claims.map((c) => c.id);
  await selectText(page, quote, occurrence);
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect.poll(async () => (await show()).claims.length, EVENTUALLY).toBe(before.length + 1);
  const created = (await show()).claims.find((c) => !before.includes(c.id));
  if (created === undefined) throw new Error('no claim created');
  return created;
}

async function waitSaved(): Promise<void> {
  await page.getByRole('complementary', { name: 'Claim review' }).getByText('All changes saved').waitFor();
}

beforeAll(async () => {
  wb = await startWorkbench();
  page = wb.page;
  await page.goto(wb.url);
}, 90_000);

afterAll(async () => {
  await wb?.close();
});

describe('the workbench in Chromium', () => {
  it('shows the open database on the start screen', async () => {
    await page.getByRole('heading', { name: 'Factdesk' }).waitFor();
    await expect.poll(() => page.getByText(wb.dbPath).count(), EVENTUALLY).toBe(1);
    await page.getByText('No articles yet').waitFor();
    await wb.screenshot('01-start-screen');
  });

  it('imports the sample article through the file picker and opens it', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(SAMPLE);
    await page.getByText('Imported 1 article').waitFor();
    const heading = page.getByRole('article', { name: 'Article text' }).getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent(), EVENTUALLY).toContain('Putin und Lukaschenko');
    const row = page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ });
    await row.waitFor();
    const list = JSON.parse((await wb.cli(['articles', '--json'])).stdout) as { articles: { id: number }[] };
    articleId = list.articles[0]?.id ?? 0;
    expect(articleId).toBeGreaterThan(0);
    await wb.screenshot('02-article-open');
  });

  it('marks the October claim at exactly the selected text', async () => {
    const claim = await markClaim(OCTOBER);
    const { article } = await show();
    expect(claim.quote.exact).toBe(OCTOBER);
    expect(claim.position.start).toBe(article.text.indexOf(OCTOBER));
    expect(claim.position.end).toBe(article.text.indexOf(OCTOBER) + OCTOBER.length);
    await expect.poll(() => highlightedText(page), EVENTUALLY).toEqual({ [claim.id]: OCTOBER });
    await expect.poll(() => field('Claim').inputValue(), EVENTUALLY).toBe(OCTOBER);
  });

  it('saves verdict, claimant and rationale', async () => {
    const options = await field('Verdict').locator('option').allTextContents();
    const verdict = options.find((o) => /^false$/i.test(o.trim())) ?? options[1];
    if (verdict === undefined) throw new Error('empty verdict scale');
    await field('Verdict').selectOption({ label: verdict });
    await field('Claimant').fill('Lukaschenko');
    await field('Rationale').fill('Die Stationierung wurde nach offiziellen Angaben erst später abgeschlossen.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await waitSaved();
    const [stored] = (await show()).claims;
    expect(stored?.claimant).toBe('Lukaschenko');
    expect(stored?.rationale).toContain('erst später');
    expect(stored?.verdict).not.toBeNull();
    const mark = page.locator('mark[data-claim-ids]').first();
    await expect.poll(() => mark.getAttribute('data-verdict'), EVENTUALLY).toBe(stored?.verdict);
    await expect.poll(() => mark.getAttribute('title'), EVENTUALLY).toContain(verdict);
  });

  it('refuses a non-web source URL and adds a source', async () => {
    await page.getByRole('button', { name: 'Add source' }).click();
    const form = page.getByRole('form', { name: 'Add this source' });
    await form.getByLabel('URL').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Add this source' }).click();
    await form.getByText('Only http:// and https:// addresses are allowed').waitFor();
    await form.getByLabel('URL').fill('https://www.reuters.com/world/europe/belarus-nuclear-weapons/');
    await form.getByLabel('Title').fill('Belarus says Russian nuclear weapons deployment complete');
    await form.getByLabel('Publisher').fill('Reuters');
    await form.getByLabel('Date').fill('2023-11-30');
    await form.getByLabel('Stance').selectOption('refutes');
    await form.getByLabel('Excerpt').fill('Lukashenko said the deployment was completed in October.');
    await form.getByRole('button', { name: 'Add this source' }).click();
    await page.getByText('Belarus says Russian nuclear weapons deployment complete').waitFor();
    const { sources } = await show();
    expect(sources.map((s) => s.url)).toEqual(['https://www.reuters.com/world/europe/belarus-nuclear-weapons/']);
    // Choosing the claim in the list brings its highlight into view and focuses it.
    await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /Einsatz russischer Atomwaffen/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), EVENTUALLY).toBe(OCTOBER);
    await page.mouse.move(0, 0);
    await wb.screenshot('03-claim-with-source');
  });

  it('finds everything in place after a reload', async () => {
    const [claim] = (await show()).claims;
    await page.reload();
    await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
    await expect.poll(() => highlightedText(page), EVENTUALLY).toEqual({ [String(claim?.id)]: OCTOBER });
    await page.locator('mark[data-claim-ids]').first().click();
    await expect.poll(() => field('Claimant').inputValue(), EVENTUALLY).toBe('Lukaschenko');
    expect(await field('Rationale').inputValue()).toContain('erst später');
    expect(await field('Verdict').inputValue()).toBe(claim?.verdict);
    await page.getByText('Belarus says Russian nuclear weapons deployment complete').waitFor();
  });

  it('marks an overlapping claim; both highlights cover their own text', async () => {
    const first = (await show()).claims[0];
    // "russischer Atomwaffen" also occurs in the first paragraph; the second one is inside the October claim.
    const second = await markClaim(OVERLAP, 2);
    const { article } = await show();
    expect(second.position.start).toBe(article.text.indexOf(OCTOBER) + 'Einsatz '.length);
    await expect.poll(() => highlightedText(page), EVENTUALLY).toEqual({
      [String(first?.id)]: 'Einsatz |russischer Atomwaffen| im Oktober abgeschlossen',
      [String(second.id)]: OVERLAP,
    });
    expect(await page.locator(`mark[data-claim-ids="${first?.id} ${second.id}"], mark[data-claim-ids="${second.id} ${first?.id}"]`).count()).toBe(1);
  });

  it('marks a claim across two paragraphs with the keyboard shortcut', async () => {
    const before = (await show()).claims.map((c) => c.id);
    await selectText(page, ACROSS);
    await page.keyboard.press('Control+Shift+M');
    await expect.poll(async () => (await show()).claims.length, EVENTUALLY).toBe(before.length + 1);
    const claim = (await show()).claims.find((c) => !before.includes(c.id));
    if (claim === undefined) throw new Error('no claim created');
    const { article } = await show();
    expect(claim.quote.exact).toBe(ACROSS);
    expect(claim.position.start).toBe(article.text.indexOf(ACROSS));
    const text = await highlightedText(page);
    expect(text[String(claim.id)]).toBe('Kiew zu erhöhen.|Lukaschenko sagte letzten Monat');
    await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /Einsatz russischer Atomwaffen/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), EVENTUALLY).toBe('MARK');
    await page.mouse.move(0, 0);
    await wb.screenshot('04-overlapping-and-cross-paragraph-claims');
  });

  it('deletes a claim after confirmation and removes its highlight', async () => {
    const target = (await show()).claims.find((c) => c.quote.exact === ACROSS);
    await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /Kiew zu erhöhen/ }).click();
    await page.getByRole('button', { name: 'Delete claim' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this claim?' });
    await dialog.getByRole('button', { name: 'Delete claim' }).click();
    await expect.poll(async () => Object.keys(await highlightedText(page)), EVENTUALLY).not.toContain(String(target?.id));
    expect((await show()).claims.map((c) => c.id)).not.toContain(target?.id);
  });

  it('shows both versions when the database changed underneath, and saves the choice', async () => {
    // A paused fake clock makes the order certain: the edit below stays unsaved (no autosave) and
    // unaware of the command line's change (no live poll) until "Save" is pressed.
    await page.clock.install();
    await page.reload();
    await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
    await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /Einsatz russischer Atomwaffen im Oktober/ }).click();
    await page.clock.pauseAt(Date.now() + 1000);
    const claim = (await show()).claims.find((c) => c.quote.exact === OCTOBER);
    if (claim === undefined) throw new Error('October claim missing');
    await field('Rationale').fill('Meine Begründung aus dem Browser.');

    const changed = await wb.cli(['claim', 'update', String(claim.id), '--expect-rev', String(claim.revision), '--rationale', 'Ihre Begründung von der Kommandozeile.', '--claimant', 'Alexander Lukaschenko']);
    expect(changed.code, changed.stderr).toBe(0);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else changed this claim' });
    await dialog.waitFor();
    await dialog.getByText('Meine Begründung aus dem Browser.').waitFor();
    await dialog.getByText('Ihre Begründung von der Kommandozeile.').waitFor();
    await dialog.getByText('Alexander Lukaschenko').waitFor();
    await wb.screenshot('05-conflict');
    // Mine for the rationale (edited here, preselected), theirs for the claimant (preselected).
    expect(await dialog.getByRole('radio', { name: 'Keep mine Rationale' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: 'Keep theirs Claimant' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Save my choice' }).click();
    await waitSaved();
    const stored = (await show()).claims.find((c) => c.id === claim.id);
    expect(stored?.rationale).toBe('Meine Begründung aus dem Browser.');
    expect(stored?.claimant).toBe('Alexander Lukaschenko');
    expect(stored?.revision).toBe(claim.revision + 2);
    await page.clock.resume();
  });

  it('undoes the last change with the Undo button', async () => {
    const claim = (await show()).claims.find((c) => c.quote.exact === OCTOBER);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await show()).claims.find((c) => c.id === claim?.id)?.rationale, EVENTUALLY).toBe(
      'Ihre Begründung von der Kommandozeile.',
    );
    await expect.poll(() => field('Rationale').inputValue(), EVENTUALLY).toBe('Ihre Begründung von der Kommandozeile.');
  });

  it('undoes with Ctrl+Z outside text fields', async () => {
    const claim = (await show()).claims.find((c) => c.quote.exact === OCTOBER);
    await field('Status').selectOption({ label: 'In research' });
    await expect.poll(async () => (await show()).claims.find((c) => c.id === claim?.id)?.status, EVENTUALLY).toBe('in_research');
    await page.getByRole('article', { name: 'Article text' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await show()).claims.find((c) => c.id === claim?.id)?.status, EVENTUALLY).toBe('draft');
    await expect.poll(() => field('Status').inputValue(), EVENTUALLY).toBe('draft');
  });

  it('follows changes made elsewhere live, without a reload', async () => {
    const added = await wb.cli(['claim', 'add', String(articleId), '--quote', 'Lukaschenko erlaubte dem Kreml', '--verdict', 'Unverifiable', '--json']);
    expect(added.code, added.stderr).toBe(0);
    const claim = JSON.parse(added.stdout) as StoredClaim;
    await expect.poll(async () => (await highlightedText(page))[String(claim.id)], EVENTUALLY).toBe('Lukaschenko erlaubte dem Kreml');
    await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /Lukaschenko erlaubte dem Kreml/ }).waitFor();
    const removed = await wb.cli(['claim', 'delete', String(claim.id), '--expect-rev', String(claim.revision)]);
    expect(removed.code, removed.stderr).toBe(0);
    await expect.poll(async () => Object.keys(await highlightedText(page)), EVENTUALLY).not.toContain(String(claim.id));
  });

  it('searches as you type', async () => {
    const list = page.getByRole('navigation', { name: 'Articles' });
    // One letter: no full-text search (it would match most of a large desk), a hint instead.
    const searches: string[] = [];
    const onRequest = (request: { url(): string; postData(): string | null }) => {
      if (request.url().includes('/listArticles')) searches.push(request.postData() ?? '');
    };
    page.on('request', onRequest);
    await list.getByRole('searchbox', { name: 'Search articles' }).fill('P');
    await list.getByText('Type at least 2 letters to search').waitFor();
    await page.waitForTimeout(400);
    await list.getByRole('button', { name: /Putin und Lukaschenko/ }).waitFor();
    page.off('request', onRequest);
    expect(searches.filter((body) => body.includes('"search"'))).toEqual([]);
    await list.getByRole('searchbox', { name: 'Search articles' }).fill('Atomwaffen');
    await list.getByRole('button', { name: /Putin und Lukaschenko/ }).waitFor();
    await list.getByRole('searchbox', { name: 'Search articles' }).fill('Quantencomputer');
    await list.getByText('No article matches this search.').waitFor();
    await list.getByRole('searchbox', { name: 'Search articles' }).fill('');
    await list.getByRole('button', { name: /Putin und Lukaschenko/ }).waitFor();
  });

  it('keeps text and every verdict highlight readable in the dark theme (WCAG AA contrast)', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await expectReadableInDarkTheme(page, { highlights: true });
      await wb.screenshot('06-dark-theme');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('reported no page errors, console errors, CSP violations or dialogs', () => {
    expect(wb.problems).toEqual([]);
  });
});
