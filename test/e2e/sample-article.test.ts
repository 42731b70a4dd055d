// The sample article on a first start (issue 17), in real Chromium against `factdesk serve`: an
// empty database offers "Open the sample article" beside Import; it opens the seed article with
// the October claim already marked, rated and sourced, labelled as a sample; one button removes it.
import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { EVENTUALLY, workbenchForTests } from './harness';

const OCTOBER_SENTENCE = 'Lukaschenko sagte letzten Monat, dass der Einsatz russischer Atomwaffen im Oktober abgeschlossen sei.';

const panel = (p: Page): Locator => p.getByRole('complementary', { name: 'Claim review' });
const articleCount = async (): Promise<number> =>
  (JSON.parse((await wb().cli(['articles', '--json'])).stdout) as { total: number }).total;
const wb = workbenchForTests();

it('opens the sample with its finished claim from the empty start screen, and removes it in one step', async () => {
  const { page } = wb();
  const start = page.getByRole('main', { name: 'Start' });
  // Beside Import, on an empty database.
  await start.getByRole('button', { name: 'Import articles' }).waitFor();
  await start.getByRole('button', { name: 'Open the sample article' }).click();

  // The article is open, labelled as a sample, with the October sentence highlighted as a claim.
  const notice = page.getByRole('note', { name: 'Sample article' });
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(/sample/i);
  await page.locator('[aria-label="Article text"] mark').filter({ hasText: 'im Oktober abgeschlossen' }).first().waitFor();
  // The finished claim is shown: quoted, rated, sourced, waiting for a second reviewer.
  await panel(page).getByRole('heading', { name: /^Claim #\d+$/ }).waitFor();
  await expect.poll(() => panel(page).getByLabel('Verdict', { exact: true }).inputValue(), EVENTUALLY).toBe('unverifiable');
  await expect.poll(() => panel(page).getByLabel('Claimant', { exact: true }).inputValue(), EVENTUALLY).toBe('Alexander Lukaschenko');
  expect(await panel(page).getByText('defence-blog.com').count()).toBeGreaterThan(0);
  const listed = page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ });
  expect(await listed.textContent()).toMatch(/Factdesk sample/);
  const shown = JSON.parse((await wb().cli(['articles', '--json'])).stdout) as { articles: Array<{ id: number }> };
  const detail = JSON.parse((await wb().cli(['show', String(shown.articles[0]!.id), '--json'])).stdout) as { claims: Array<{ quote: { exact: string } }> };
  expect(detail.claims.map((c) => c.quote.exact)).toEqual([OCTOBER_SENTENCE]);
  await wb().screenshot('17-sample-article');

  await notice.getByRole('button', { name: 'Remove the sample' }).click();
  await page.getByRole('main', { name: 'Start' }).waitFor();
  await expect.poll(articleCount, EVENTUALLY).toBe(0);
  await expect.poll(() => page.getByRole('navigation', { name: 'Articles' }).getByText('No articles yet').count(), EVENTUALLY).toBe(1);
  // Empty again: the offer is back.
  await start.getByRole('button', { name: 'Open the sample article' }).waitFor();
  expect(wb().problems).toEqual([]);
});
