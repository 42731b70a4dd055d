// Issue 9, point 7, in a real Chromium against `factdesk serve`: words selected in the headline
// or the teaser become a claim of that part with Mark claim, are highlighted there at once, and
// are still highlighted there after a reload; a claim added on the command line shows there too.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, SAMPLE, startWorkbench, type Workbench } from './harness';

const HEADLINE_QUOTE = 'Erweiterung des russisch-weißrussischen Bündnisses';
const TEASER_QUOTE = 'St Petersburg um Moeglichkeiten';

interface StoredClaim {
  id: number;
  part: string;
  position: { start: number; end: number };
  quote: { exact: string };
}
interface Shown {
  article: { title: string; subtitle: string | null };
  claims: StoredClaim[];
}

let wb: Workbench;
let page: Page;
let articleId = 0;

async function show(): Promise<Shown> {
  const run = await wb.cli(['show', String(articleId), '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Shown;
}

/** Selects `quote` inside one header element (h1 headline, p teaser) as a user's drag does. */
async function selectInHeader(selector: string, quote: string): Promise<void> {
  const found = await page.evaluate(
    ({ selector, quote }) => {
      const block = document.querySelector(`[aria-label="Article text"] ${selector}`);
      if (block === null) return `no ${selector}`;
      const pieces: { node: Text; start: number }[] = [];
      let text = '';
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        pieces.push({ node: n as Text, start: text.length });
        text += (n as Text).data;
      }
      const at = text.indexOf(quote);
      if (at < 0) return `not in ${selector}: ${quote}`;
      const locate = (offset: number, isEnd: boolean) =>
        pieces.find((p) => (isEnd ? offset > p.start && offset <= p.start + p.node.data.length : offset >= p.start && offset < p.start + p.node.data.length));
      const s = locate(at, false);
      const e = locate(at + quote.length, true);
      if (s === undefined || e === undefined) return 'range not locatable';
      const range = document.createRange();
      range.setStart(s.node, at - s.start);
      range.setEnd(e.node, at + quote.length - e.start);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return 'ok';
    },
    { selector, quote },
  );
  if (found !== 'ok') throw new Error(found);
  await page.waitForTimeout(50); // Let Lexical see the selectionchange before the click.
}

/** Highlighted text by claim id within one header element. */
function marksIn(selector: string): Promise<Record<string, string>> {
  return page.evaluate((selector) => {
    const out: Record<string, string> = {};
    for (const mark of document.querySelectorAll(`[aria-label="Article text"] ${selector} mark[data-claim-ids]`)) {
      for (const id of (mark.getAttribute('data-claim-ids') ?? '').split(' ')) out[id] = (out[id] ?? '') + (mark.textContent ?? '');
    }
    return out;
  }, selector);
}

beforeAll(async () => {
  wb = await startWorkbench();
  page = wb.page;
  expect((await wb.cli(['import', SAMPLE])).code).toBe(0);
  articleId = (JSON.parse((await wb.cli(['articles', '--json'])).stdout) as { articles: { id: number }[] }).articles[0]?.id ?? 0;
  await page.goto(wb.url);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
  await page.locator('[aria-label="Article text"] h1.article-headline').waitFor();
}, 120_000);

afterAll(async () => {
  await wb?.close();
});

it('marks words of the headline as a headline claim and highlights them there', async () => {
  await selectInHeader('h1.article-headline', HEADLINE_QUOTE);
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect.poll(async () => (await show()).claims.length, EVENTUALLY).toBe(1);
  const { article, claims } = await show();
  const [claim] = claims;
  const start = article.title.indexOf(HEADLINE_QUOTE);
  expect(claim).toMatchObject({ part: 'headline', quote: { exact: HEADLINE_QUOTE }, position: { start, end: start + HEADLINE_QUOTE.length } });
  await expect.poll(() => marksIn('h1.article-headline'), EVENTUALLY).toEqual({ [String(claim?.id)]: HEADLINE_QUOTE });
  await expect.poll(() => marksIn('p.article-paragraph'), EVENTUALLY).toEqual({});
  expect(await page.getByText('Select the words of the claim').count()).toBe(0);
  await wb.screenshot('headline-claim');
});

it('marks words of the teaser as a teaser claim', async () => {
  await selectInHeader('p.article-subtitle', TEASER_QUOTE);
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect.poll(async () => (await show()).claims.length, EVENTUALLY).toBe(2);
  const teaser = (await show()).claims.find((c) => c.part === 'teaser');
  expect(teaser?.quote.exact).toBe(TEASER_QUOTE);
  await expect.poll(() => marksIn('p.article-subtitle'), EVENTUALLY).toEqual({ [String(teaser?.id)]: TEASER_QUOTE });
});

it('keeps both highlights in their parts after a reload, with a claim added on the command line', async () => {
  const added = await wb.cli(['claim', 'add', String(articleId), '--quote', 'Putin und Lukaschenko', '--json']);
  expect(added.code, added.stderr).toBe(0);
  const cliClaim = JSON.parse(added.stdout) as StoredClaim;
  expect(cliClaim.part).toBe('headline');
  const [headline, teaser] = (await show()).claims.filter((c) => c.id !== cliClaim.id);
  await page.reload();
  await page.locator('[aria-label="Article text"] h1.article-headline').waitFor();
  await expect
    .poll(() => marksIn('h1.article-headline'), EVENTUALLY)
    .toEqual({ [String(cliClaim.id)]: 'Putin und Lukaschenko', [String(headline?.id)]: HEADLINE_QUOTE });
  await expect.poll(() => marksIn('p.article-subtitle'), EVENTUALLY).toEqual({ [String(teaser?.id)]: TEASER_QUOTE });
  // A click on the headline's highlight opens its claim.
  await page.locator(`h1.article-headline mark[data-claim-ids~="${headline?.id}"]`).click();
  await expect
    .poll(() => page.getByRole('complementary', { name: 'Claim review' }).getByLabel('Claim', { exact: true }).inputValue(), EVENTUALLY)
    .toBe(HEADLINE_QUOTE);
  expect(wb.problems).toEqual([]);
});
