// The article list never cuts silently (issue 9, point 4): with more articles than one page, the
// workbench says how many of how many it shows, for the whole list and for a search, and can show
// more. Real Chromium against `factdesk serve` on a file with 620 articles. A search comes in two
// steps (issue 16): the text matches first, then the articles found only through a claim or a
// source, merged into the list in its order.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { EVENTUALLY, startWorkbench, type Workbench } from './harness';

const ARTICLES = 620;
/** Every 4th article mentions the harbour. */
const HARBOUR = 155;
/** The newest article that does not: a claim by the harbour board finds it too. */
let claimOnly = '';

let wb: Workbench;

beforeAll(async () => {
  wb = await startWorkbench();
  const folder = join(wb.dir, 'reports');
  await mkdir(folder);
  for (let i = 1; i <= ARTICLES; i++) {
    const harbour = i % 4 === 0 ? ' The harbour was on the agenda.' : '';
    await writeFile(join(folder, `report-${i}.txt`), `Council report ${i}\n\nThe council met for session ${i}.${harbour}\n`);
  }
  const imported = await wb.cli(['import', folder]);
  expect(imported.code, imported.stderr).toBe(0);
  const newest = await wb.cli(['articles', '--sort', 'imported', '--limit', '8', '--json']);
  const candidates = (JSON.parse(newest.stdout) as { articles: Array<{ id: number; title: string }> }).articles;
  const target = candidates.find((a) => Number(a.title.split(' ').at(-1)) % 4 !== 0);
  if (!target) throw new Error('no article without the harbour among the newest');
  claimOnly = target.title;
  const session = target.title.split(' ').at(-1) as string;
  const claim = await wb.cli(['claim', 'add', String(target.id), '--quote', `The council met for session ${session}.`, '--claimant', 'Harbour board']);
  expect(claim.code, claim.stderr).toBe(0);
  await wb.page.goto(wb.url);
});

afterAll(async () => {
  await wb?.close();
});

const list = (): Locator => wb.page.getByRole('navigation', { name: 'Articles' });
const count = (): Promise<string | null> => list().locator('#article-search-status').textContent();
const rows = (): Locator => list().getByRole('listitem');

describe('the article list', () => {
  it('says how many of how many articles it shows, and shows more on request', async () => {
    await expect.poll(count, EVENTUALLY).toBe('500 of 620 articles shown');
    // The list is virtualised: each row says where it stands in the list.
    expect(await rows().first().getAttribute('aria-setsize')).toBe('500');
    await wb.screenshot('40-article-list-cut');
    await list().getByRole('button', { name: 'Show more articles' }).click();
    await expect.poll(count, EVENTUALLY).toBe('620 articles');
    expect(await rows().first().getAttribute('aria-setsize')).toBe('620');
    expect(await list().getByRole('button', { name: 'Show more articles' }).count()).toBe(0);
  });

  it('counts every match of a search, and cuts a long one with the total', async () => {
    await list().getByRole('searchbox', { name: 'Search articles' }).fill('harbour');
    await expect.poll(count, EVENTUALLY).toBe(`${HARBOUR + 1} articles matching “harbour”`);
    // The article found through its claim sits where the core's one-step date order puts it.
    const expected = await wb.cli(['articles', '--search', 'harbour', '--sort', 'date', '--limit', '6', '--json']);
    const titles = (JSON.parse(expected.stdout) as { articles: Array<{ title: string }> }).articles.map((a) => a.title);
    expect(titles).toContain(claimOnly);
    const shown = await rows().locator('.row-title').allTextContents();
    expect(shown.slice(0, 6)).toEqual(titles);
    await list().getByRole('searchbox', { name: 'Search articles' }).fill('council');
    await expect.poll(count, EVENTUALLY).toBe('500 of 620 articles matching “council” shown');
    expect(wb.problems).toEqual([]);
  });
});
