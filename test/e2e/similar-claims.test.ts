// Issue 14.3 in the workbench: opening a claim lists claims from other articles that say the same
// thing, with verdict, status and article; a reworded claim is flagged "probably the same claim".
// German (a compound: Atomwaffeneinsatz / Atomwaffen) and English. A listed claim is a link: it
// opens its article with that claim selected, in view and focused (click or Enter), and the
// browser's Back or the panel's "Back to claim" returns to the claim the reviewer came from.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
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
  await listenToAnnouncer(wb.page);
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

/** Everything the live announcer said since the page loaded (it says one thing at a time). */
async function listenToAnnouncer(page: Page): Promise<void> {
  // The workbench mounts once its language and the reviewer's settings are loaded: wait for it.
  await page.locator('#live-announcer').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const said: string[] = [];
    Object.assign(window, { said });
    const region = document.getElementById('live-announcer');
    if (region === null) throw new Error('no live announcer');
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, subtree: true, characterData: true });
  });
}
const announced = (): Promise<string> => wb.page.evaluate(() => (window as unknown as { said: string[] }).said.join('\n'));

/** The claim open in the panel, the article on screen, the address, and whether its highlight has the focus and is in view. */
async function place(page: Page): Promise<{ claim: string; article: string | null; hash: string; focused: boolean; inView: boolean }> {
  const heading = panel().getByRole('heading', { level: 2, name: /^Claim #/ });
  const claim = (await heading.count()) === 1 ? ((await heading.textContent()) ?? '') : '';
  const article = await page.getByRole('main').getAttribute('aria-label');
  const id = claim.replace(/^Claim #/, '');
  return page.evaluate(
    ({ id, claim, article }) => {
      const mark = document.querySelector(`mark[data-claim-ids~="${id}"]`);
      const box = mark?.getBoundingClientRect();
      const inView = box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      return { claim, article, hash: window.location.hash, focused: mark !== null && document.activeElement === mark, inView };
    },
    { id, claim, article },
  );
}

it('German: clicking a similar claim opens its article with that claim selected and focused; Back to claim returns', async () => {
  const page = wb.page;
  await openClaim('Atomwaffeneinsatz beendet', ARTICLES[1][2]);
  const link = similar().getByRole('link', { name: /der Einsatz russischer Atomwaffen in Belarus/ });
  await expect.poll(announced, EVENTUALLY).toMatch(/Checked before: 1 similar claim/);
  await link.click();
  await expect
    .poll(() => place(page), EVENTUALLY)
    .toEqual({ claim: 'Claim #1', article: 'Article: Atomwaffen in Belarus', hash: '#/article/1/claim/1', focused: true, inView: true });
  await expect.poll(announced, EVENTUALLY).toMatch(/Opened claim #1 in “Atomwaffen in Belarus”/);

  await panel().getByRole('button', { name: 'Back to claim #2' }).click();
  await expect
    .poll(() => place(page), EVENTUALLY)
    .toEqual({ claim: 'Claim #2', article: 'Article: Atomwaffeneinsatz beendet', hash: '#/article/2/claim/2', focused: true, inView: true });
  // Back where it started: nothing to go back to.
  expect(await panel().getByRole('button', { name: /^Back to claim/ }).count()).toBe(0);
  expect(wb.problems).toEqual([]);
});

it('English: Enter on a similar claim opens it; the browser\'s Back and Forward, and Alt+Left, move between the two claims', async () => {
  const page = wb.page;
  await openClaim('Minister on jobs', ARTICLES[3][2]);
  const link = similar().getByRole('link', { name: /Unemployment fell to 3.5 percent/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => place(page), EVENTUALLY)
    .toEqual({ claim: 'Claim #3', article: 'Article: Jobs report', hash: '#/article/3/claim/3', focused: true, inView: true });
  await page.goBack();
  await expect
    .poll(() => place(page), EVENTUALLY)
    .toEqual({ claim: 'Claim #4', article: 'Article: Minister on jobs', hash: '#/article/4/claim/4', focused: true, inView: true });
  await page.goForward();
  await expect.poll(() => place(page), EVENTUALLY).toMatchObject({ claim: 'Claim #3', hash: '#/article/3/claim/3' });
  expect(await panel().getByRole('button', { name: 'Back to claim #4' }).count()).toBe(1);
  // The browsers' Back key, handled by the workbench (the desktop app has no browser to do it).
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(() => place(page), EVENTUALLY).toMatchObject({ claim: 'Claim #4', hash: '#/article/4/claim/4', focused: true });
  expect(wb.problems).toEqual([]);
});
