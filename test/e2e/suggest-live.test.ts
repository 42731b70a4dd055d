// Issue 14.1, the suggestion markers stay true while the reviewer works, on the German sample:
// a sentence marked as a claim by hand, or by a colleague (live update), loses its marker at once;
// accepting a suggestion whose sentence overlaps a claim asks the duplicate question first; a new
// version of the article text re-ranks its sentences — all without switching "Suggest claims" off
// and on. Also: the markers are announced and reached with Tab in reading order.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openConnection } from '../../main/core/store/sqlite';
import { removeTempDirs, tempDir } from '../core/store/temp';
import { EVENTUALLY, SAMPLE, selectText, startWorkbench, type Workbench } from './harness';
import { isSerious, runAxe } from '../support/axe';

interface Ranked {
  part: string;
  text: string;
  index: number;
  suggested: boolean;
}

let wb: Workbench;
let articleId: number;

beforeAll(async () => {
  wb = await startWorkbench({ reviewerName: 'Anna Becker' });
  expect((await wb.cli(['import', SAMPLE])).code).toBe(0);
  const listed = JSON.parse((await wb.cli(['articles', '--json'])).stdout) as { articles: { id: number }[] };
  articleId = listed.articles[0]?.id ?? 0;
  await wb.page.goto(wb.url);
}, 180_000);

afterAll(async () => {
  await wb?.close();
  removeTempDirs();
});

async function suggested(): Promise<Ranked[]> {
  const run = await wb.cli(['checkworthy', '--article', String(articleId), '--json']);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { sentences: Ranked[] }).sentences.filter((s) => s.suggested);
}

async function judgements(): Promise<{ sentence: string; decision: string; claim_id: number | null }[]> {
  const raw = await openConnection(wb.dbPath, { readOnly: true });
  try {
    return (await raw.all('SELECT sentence, decision, claim_id FROM suggestion_judgement WHERE article_id = ? ORDER BY id', [articleId])) as {
      sentence: string;
      decision: string;
      claim_id: number | null;
    }[];
  } finally {
    await raw.close();
  }
}

async function claimQuotes(): Promise<{ id: number; quote: string }[]> {
  const shown = JSON.parse((await wb.cli(['show', String(articleId), '--json'])).stdout) as { claims: { id: number; quote: { exact: string } }[] };
  return shown.claims.map((c) => ({ id: c.id, quote: c.quote.exact }));
}

const reader = (p: Page): Locator => p.getByRole('region', { name: 'Reader' });
const markers = (p: Page): Locator => reader(p).getByRole('button', { name: /^Suggested claim: / });
const markerNames = async (p: Page): Promise<string[]> =>
  Promise.all((await markers(p).all()).map(async (m) => (await m.getAttribute('aria-label')) ?? ''));
const named = (s: Ranked): string => `Suggested claim: ${s.text}`;
const claimRows = (p: Page): Locator => p.getByRole('region', { name: /^Claims/ }).getByRole('listitem');

it('German sample: markers follow manual, colleague and overlapping claims and a new text version', async () => {
  const page = wb.page;
  const ranked = await suggested();
  expect(ranked.length).toBe(3);
  const inReadingOrder = [...ranked].sort((a, b) => a.index - b.index);
  const [byHand, byColleague, overlapped] = inReadingOrder;
  if (byHand === undefined || byColleague === undefined || overlapped === undefined) throw new Error('three suggestions expected');

  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
  await reader(page).getByRole('button', { name: 'Suggest claims' }).click();
  await expect.poll(() => markerNames(page), EVENTUALLY).toEqual(inReadingOrder.map(named));
  await expect.poll(() => page.locator('#live-announcer').innerText(), EVENTUALLY).toBe('3 sentences suggested as claims, marked ◆ in the margin.');
  // Reached with Tab from the article text, in reading order.
  await page.getByRole('article', { name: 'Article text' }).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(named(byHand));
  expect((await runAxe(page)).filter(isSerious)).toEqual([]);

  // 1. Marked by hand (select the sentence, Ctrl+Shift+M): its marker goes, the others stay.
  await page.getByRole('article', { name: 'Article text' }).focus();
  await selectText(page, byHand.text);
  await page.keyboard.press('Control+Shift+M');
  await expect.poll(async () => (await claimQuotes()).map((c) => c.quote), EVENTUALLY).toEqual([byHand.text]);
  await expect.poll(() => markerNames(page), EVENTUALLY).toEqual([byColleague, overlapped].map(named));

  // 2. A colleague marks another suggested sentence (another process, a live update).
  expect((await wb.cli(['claim', 'add', String(articleId), '--quote', byColleague.text, '--reviewer', 'Maria Colleague'])).code).toBe(0);
  await expect.poll(() => markerNames(page), EVENTUALLY).toEqual([named(overlapped)]);

  // 3. A claim on a few words of the last suggested sentence: the marker stays (the sentence is not a
  // claim), and accepting it asks first. Cancel: nothing marked, nothing recorded.
  const words = overlapped.text.split(' ').slice(3, 8).join(' ');
  expect((await wb.cli(['claim', 'add', String(articleId), '--quote', words])).code).toBe(0);
  await expect.poll(() => claimRows(page).count(), EVENTUALLY).toBe(3);
  expect(await markerNames(page)).toEqual([named(overlapped)]);
  const partial = (await claimQuotes()).find((c) => c.quote === words);
  const ask = page.getByRole('dialog', { name: 'This sentence overlaps a claim' });
  await markers(page).first().click();
  await ask.waitFor();
  expect(await ask.innerText()).toContain(`is claim #${partial?.id}`);
  expect((await runAxe(page)).filter(isSerious)).toEqual([]);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await ask.waitFor({ state: 'detached' });
  expect(await judgements()).toEqual([]);
  expect((await claimQuotes()).length).toBe(3);
  expect(await markerNames(page)).toEqual([named(overlapped)]);
  // Again, and this time mark the sentence as a claim of its own: recorded as accepted.
  await markers(page).first().click();
  await ask.getByRole('button', { name: 'Mark the sentence as a claim' }).click();
  await expect.poll(() => judgements(), EVENTUALLY).toHaveLength(1);
  const sentenceClaim = (await claimQuotes()).find((c) => c.quote === overlapped.text);
  expect(await judgements()).toEqual([{ sentence: overlapped.text, decision: 'accepted', claim_id: sentenceClaim?.id }]);
  await expect.poll(() => markers(page).count(), EVENTUALLY).toBe(0);

  // 4. A new version of the text without the first suggested sentence: ranked again, and the next
  // sentence in line gets a marker, with no toggling.
  const dir = tempDir('factdesk-suggest-live-');
  const v2 = join(dir, 'sample-v2.txt');
  const text = await readFile(SAMPLE, 'utf8');
  expect(text).toContain(byHand.text);
  await writeFile(v2, text.replace(`${byHand.text} `, '').replace(byHand.text, ''));
  expect((await wb.cli(['import', v2, '--version-of', String(articleId)])).code).toBe(0);
  const claimed = new Set((await claimQuotes()).map((c) => c.quote));
  const now = (await suggested()).filter((s) => !claimed.has(s.text)).sort((a, b) => a.index - b.index);
  expect(now.length).toBeGreaterThan(0);
  expect(now.map((s) => s.text)).not.toContain(byHand.text);
  await expect.poll(() => markerNames(page), EVENTUALLY).toEqual(now.map(named));

  // 5. (The versions section now under the reader must not cover it.) The other answer: the claim in the sentence is what the reviewer wanted. It opens, and the
  // suggestion counts as accepted with that claim.
  const last = now[0];
  if (last === undefined) throw new Error('no suggestion after the new version');
  const few = last.text.split(' ').slice(1, 5).join(' ');
  expect((await wb.cli(['claim', 'add', String(articleId), '--quote', few])).code).toBe(0);
  await expect.poll(() => claimRows(page).count(), EVENTUALLY).toBe(5);
  const inSentence = (await claimQuotes()).find((c) => c.quote === few);
  await reader(page).getByRole('button', { name: named(last) }).click();
  await ask.getByRole('button', { name: `Open claim #${inSentence?.id}` }).click();
  await page.getByRole('complementary', { name: 'Claim review' }).getByRole('heading', { name: `Claim #${inSentence?.id}` }).waitFor();
  await expect.poll(() => judgements(), EVENTUALLY).toHaveLength(2);
  expect((await judgements())[1]).toEqual({ sentence: last.text, decision: 'accepted', claim_id: inSentence?.id });
  await expect.poll(() => markerNames(page), EVENTUALLY).toEqual(now.slice(1).map(named));
  expect((await claimQuotes()).length).toBe(5);
  expect(wb.problems).toEqual([]);
}, 240_000);
