// Issue 9, points 8–13: the workbench's details a desk relies on, in a real Chromium against
// `factdesk serve`: messages that never cover the text, verdict colours, overlapping claims,
// addresses that reopen a claim, focus after marking, and one date format per locale.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { EVENTUALLY, SAMPLE, selectText, startWorkbench, type Workbench } from './harness';

let wb: Workbench;
let page: Page;
let articleId = 0;

const ARTICLE = /Putin und Lukaschenko/;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (found === null) throw new Error('not on screen');
  return found;
}

async function openArticle(): Promise<void> {
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: ARTICLE }).click();
  await page.locator('[aria-label="Article text"] p.article-paragraph').first().waitFor();
}

beforeAll(async () => {
  wb = await startWorkbench();
  page = wb.page;
  expect((await wb.cli(['import', SAMPLE])).code).toBe(0);
  articleId = (JSON.parse((await wb.cli(['articles', '--json'])).stdout) as { articles: { id: number }[] }).articles[0]?.id ?? 0;
  await page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  await wb?.close();
});

it('shows an error in a message bar that covers neither the list nor the text, can be dismissed and times out', async () => {
  await openArticle();
  const markButton = page.getByRole('button', { name: /^Mark claim/ });
  await markButton.click();
  const errors = page.getByRole('alert', { name: 'Errors' });
  const message = errors.getByText(/Select the words of the claim/);
  await message.waitFor();
  const shown = await box(message);
  expect(overlaps(shown, await box(page.getByRole('navigation', { name: 'Articles' })))).toBe(false);
  expect(overlaps(shown, await box(page.locator('[aria-label="Article text"]')))).toBe(false);
  await errors.getByRole('button', { name: 'Dismiss message' }).click();
  expect(await message.count()).toBe(0);
  // A second one goes by itself after a while.
  await markButton.click();
  await message.waitFor();
  await message.waitFor({ state: 'detached', timeout: 30_000 });
});
