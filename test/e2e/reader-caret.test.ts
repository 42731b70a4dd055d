// Issue 16, an idle open copy: the reader's keyboard caret blinks while it is being used and then
// stays lit, as desktop systems' carets do; a caret blinking for ever kept Chromium's renderer at
// about 3 % of a core while someone only read. The page's clock is a fake one, moved on by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, SAMPLE, startWorkbench, type Workbench } from './harness';
import { tabTo } from './keyboard';

/** Longer than the caret blinks after a move (the reader's CARET_BLINK_MS, 10 s). */
const LEFT_ALONE_MS = 15_000;

let wb: Workbench;
let page: Page;

/** 'blinking', 'steady', or 'none' when no caret is drawn. */
function caretState(p: Page): Promise<string> {
  return p.evaluate(() => {
    const caret = document.querySelector('.reader-caret');
    if (caret === null) return 'none';
    return caret.getAnimations().length > 0 ? 'blinking' : 'steady';
  });
}

beforeAll(async () => {
  wb = await startWorkbench();
  page = wb.page;
  expect((await wb.cli(['import', SAMPLE])).code).toBe(0);
  await page.clock.install();
  await page.goto(wb.url);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
  await page.getByRole('article', { name: 'Article text' }).getByRole('heading', { level: 1 }).waitFor();
}, 120_000);

afterAll(async () => {
  await wb?.close();
});

describe('the reader caret', () => {
  it('blinks after it moves, stops blinking (but stays shown) once left alone, and blinks again at the next key', async () => {
    await tabTo(page, '[aria-label="Article text"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caretState(page), EVENTUALLY).toBe('blinking');
    await page.clock.runFor(LEFT_ALONE_MS);
    await expect.poll(() => caretState(page), EVENTUALLY).toBe('steady');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caretState(page), EVENTUALLY).toBe('blinking');
  }, 120_000);
});
