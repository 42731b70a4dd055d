// Issue 15, keyboard and screen readers: the fact-checker's main flow with the keyboard only
// (no click, no DOM selection made by the test), claims reached in reading order with their
// verdict and status announced, dialogs that trap focus and give it back, and live changes said
// politely. Real Chromium against `factdesk serve` on a real database file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { EVENTUALLY, SAMPLE, startWorkbench, type Workbench } from './harness';
import { focused, focusedAccessibleNode, selectedText, tabTo } from './keyboard';

const OCTOBER = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const FIRST_CLAIM = 'Die Staats- und Regierungschefs Russlands und Weißrusslands trafen sich am Montag';
const OTHER = '../fixtures/import/plain-article.txt';

interface StoredClaim {
  id: number;
  quote: { exact: string };
  claimant: string | null;
  verdict: string | null;
  rationale: string | null;
  status: string;
}
interface Shown {
  article: { id: number; title: string; text: string };
  claims: StoredClaim[];
  sources: { claimId: number; url: string; title: string | null }[];
}

let wb: Workbench;
let page: Page;
let articleId = 0;

async function show(): Promise<Shown> {
  const run = await wb.cli(['show', String(articleId), '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Shown;
}

/** The next characters of the article text after the caret (the selection's focus). */
function textAfterCaret(p: Page, length: number): Promise<string> {
  return p.evaluate((n) => {
    const root = document.querySelector('[aria-label="Article text"]');
    const selection = window.getSelection();
    if (root === null || selection === null || selection.focusNode === null || !root.contains(selection.focusNode)) return '';
    const range = document.createRange();
    range.setStart(selection.focusNode, selection.focusOffset);
    range.setEnd(root, root.childNodes.length);
    return range.toString().slice(0, n);
  }, length);
}

/** What the reader shows as the article's text. */
const readerText = (p: Page): Promise<string> => p.evaluate(() => document.querySelector('[aria-label="Article text"]')?.textContent ?? '');

beforeAll(async () => {
  wb = await startWorkbench();
  page = wb.page;
  expect((await wb.cli(['import', SAMPLE])).code).toBe(0);
  expect((await wb.cli(['import', new URL(OTHER, import.meta.url).pathname])).code).toBe(0);
  const list = JSON.parse((await wb.cli(['articles', '--json'])).stdout) as { articles: { id: number; title: string }[] };
  articleId = list.articles.find((a) => a.title.startsWith('Putin und Lukaschenko'))?.id ?? 0;
  expect(articleId).toBeGreaterThan(0);
  await page.goto(wb.url);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).waitFor();
}, 120_000);

afterAll(async () => {
  await wb?.close();
});

describe('the main flow with the keyboard only', () => {
  it('opens an article from the list, selects a claim with Shift+Arrow keys in the read-only text, and nothing edits it', async () => {
    await tabTo(page, 'nav[aria-label="Articles"] button', { text: /Putin und Lukaschenko/ });
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Article text' }).getByRole('heading', { level: 1 }).waitFor();
    const before = await readerText(page);
    expect(before).toContain(OCTOBER);

    await tabTo(page, '[aria-label="Article text"]');
    expect(await page.getAttribute('[aria-label="Article text"]', 'contenteditable')).not.toBe('true');
    expect(await page.getAttribute('[aria-label="Article text"]', 'contenteditable')).toBe('false');
    // A caret is placed in the text as it takes the focus: word by word to the claim.
    for (let i = 0, ahead = await textAfterCaret(page, OCTOBER.length); i < 800 && ahead !== OCTOBER; i++) {
      await page.keyboard.press(ahead.startsWith(' ') ? 'ArrowRight' : 'Control+ArrowRight');
      ahead = await textAfterCaret(page, OCTOBER.length);
    }
    expect(await textAfterCaret(page, OCTOBER.length)).toBe(OCTOBER);
    // Five words with Shift+Ctrl+Arrow, the rest letter by letter with Shift+Arrow.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Control+ArrowRight');
    expect(await selectedText(page)).toBe('Einsatz russischer Atomwaffen im Oktober');
    for (let i = 0; i < ' abgeschlossen'.length + 2; i++) await page.keyboard.press('Shift+ArrowRight');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowLeft');
    expect(await selectedText(page)).toBe(OCTOBER);

    // Typing, deleting, cutting, pasting and dropping change nothing (and keep the selection).
    await page.keyboard.type('xyz');
    for (const key of ['Backspace', 'Delete', 'Enter', 'Control+x', 'Control+v', 'Control+z']) await page.keyboard.press(key);
    const untouched = await page.evaluate(() => {
      const root = document.querySelector('[aria-label="Article text"]');
      if (root === null) return 'no text';
      const data = new DataTransfer();
      data.setData('text/plain', 'INSERTED');
      const cancelled: string[] = [];
      const events: Event[] = [
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        new ClipboardEvent('cut', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true }),
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
        new InputEvent('beforeinput', { inputType: 'insertText', data: 'INSERTED', bubbles: true, cancelable: true }),
        new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true }),
      ];
      for (const event of events) if (!root.dispatchEvent(event)) cancelled.push(event.type);
      return cancelled.join(',');
    });
    // Each one is refused by the reader itself, not merely ignored.
    expect(untouched).toBe('paste,cut,drop,beforeinput,beforeinput');
    expect(await readerText(page)).toBe(before);
    expect(await selectedText(page)).toBe(OCTOBER);
    expect((await show()).article.text).toContain(OCTOBER);
    expect((await show()).claims).toHaveLength(0);
  }, 180_000);

  it('marks the claim, fills the panel, adds a source and exports, all from the keyboard', async () => {
    await page.keyboard.press('Control+Shift+M');
    await expect.poll(async () => (await show()).claims.length, EVENTUALLY).toBe(1);
    const claim = (await show()).claims[0];
    expect(claim?.quote.exact).toBe(OCTOBER);
    // Marking puts the focus in the Claim field.
    await expect.poll(() => focused(page), EVENTUALLY).toMatch(/^textarea/);

    await tabTo(page, 'input[id$="claimant"]');
    await page.keyboard.type('Lukaschenko');
    await tabTo(page, 'select[id$="verdict"]');
    for (let i = 0; i < 12 && !/^false$/i.test(await page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, 'textarea[id$="rationale"]');
    await page.keyboard.type('Nach offiziellen Angaben erst später abgeschlossen.');
    await tabTo(page, 'button[type="submit"]', { text: /^Save$/ });
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Claim review' }).getByText('All changes saved').waitFor();
    const saved = (await show()).claims[0];
    expect(saved?.claimant).toBe('Lukaschenko');
    expect(saved?.verdict).not.toBeNull();
    expect(saved?.rationale).toContain('erst später');

    await tabTo(page, 'button', { text: /^Add source$/ });
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), EVENTUALLY).toMatch(/^input#.*url/);
    await page.keyboard.type('https://www.reuters.com/world/europe/belarus-nuclear-weapons/');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Belarus says deployment complete');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await show()).sources.map((s) => s.title), EVENTUALLY).toEqual(['Belarus says deployment complete']);

    // Export: Ctrl+E, Markdown chosen with the arrow keys, Save with Enter.
    const opener = await focused(page);
    await page.keyboard.press('Control+e');
    await page.getByRole('dialog', { name: 'Export report' }).waitFor();
    await tabTo(page, 'dialog input[type="radio"][value="html"]', { max: 20 });
    for (let i = 0; i < 6 && (await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) !== 'md'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, 'dialog button.primary', { text: /^Save / });
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.keyboard.press('Enter');
    const file = await readFile(await (await download).path(), 'utf8');
    expect(file).toContain(OCTOBER);
    expect(file).toContain('Belarus says deployment complete');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Export report' }).waitFor({ state: 'detached' });
    expect(await focused(page)).toBe(opener);
  });
});

describe('claims in the text, in reading order', () => {
  it('moves to the next and previous claim with Alt+Down / Alt+Up and announces quote, verdict and status', async () => {
    const added = await wb.cli(['claim', 'add', String(articleId), '--quote', FIRST_CLAIM, '--json']);
    expect(added.code, added.stderr).toBe(0);
    const first = (JSON.parse(added.stdout) as { id: number }).id;
    const october = (await show()).claims.find((c) => c.quote.exact === OCTOBER);
    await expect.poll(() => page.locator('mark[data-claim-ids]').count(), EVENTUALLY).toBe(2);

    await tabTo(page, '[aria-label="Article text"]');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-claim-ids')), EVENTUALLY).toBe(String(first));
    const one = await focusedAccessibleNode(page);
    expect(`${one.name} ${one.description}`).toContain(FIRST_CLAIM);
    expect(one.description).toMatch(/No verdict yet/);
    expect(one.description).toMatch(/Draft/);

    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-claim-ids')), EVENTUALLY).toBe(String(october?.id));
    const two = await focusedAccessibleNode(page);
    expect(`${two.name} ${two.description}`).toContain(OCTOBER);
    expect(two.description).toMatch(/false/i);

    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-claim-ids')), EVENTUALLY).toBe(String(first));
    // Enter opens the focused claim in the panel.
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Claim review' }).getByRole('heading', { name: `Claim #${first}` }).waitFor();
  });
});
