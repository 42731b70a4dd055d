// A search on a large desk (issue 16): the article list shows the newest 500 matches at once and
// says there are "more than 10,000" instead of counting every match of a common word. A colleague
// (another connection to the shared file) adds the articles; the list is asked through the UI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SEARCH_COUNT_LIMIT } from '../../main/core/store/repositories/article-list';
import { addHarbourLogs } from '../support/many-articles';
import { EVENTUALLY, startWorkbench, type Workbench } from './harness';

const MATCHING = SEARCH_COUNT_LIMIT + 25;

let wb: Workbench;
let page: Page;

beforeAll(async () => {
  wb = await startWorkbench();
  await addHarbourLogs(wb.dbPath, MATCHING);
  page = wb.page;
  await page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  await wb?.close();
});

describe('a search with more than 10,000 matches', () => {
  it('shows the newest page first and says "more than 10,000"', async () => {
    await page.getByRole('searchbox', { name: /search/i }).fill('harbour');
    const status = page.locator('#article-search-status');
    await expect.poll(() => status.textContent(), EVENTUALLY).toBe(`500 of more than ${SEARCH_COUNT_LIMIT.toLocaleString('en')} articles matching “harbour” shown`);
    const first = page.getByRole('navigation', { name: /articles/i }).getByRole('listitem').first();
    await expect.poll(() => first.textContent(), EVENTUALLY).toContain(`Harbour log ${MATCHING - 1}`);
  });

  it('reported no page errors', () => {
    expect(wb.problems).toEqual([]);
  });
});
