// Issue 15: every dialog keeps Tab inside itself while open and gives the focus back to the
// control that opened it when it closes (Escape or a button), never to <body>; and live changes
// (a colleague's edit, the save status, an import's progress) reach a polite live region that
// was on the page before the change. Real Chromium against `factdesk serve` on a real file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, SAMPLE, selectText, startWorkbench, type Workbench } from './harness';
import { focused, focusedAccessibleNode, tabTo } from './keyboard';

const OCTOBER = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';

let wb: Workbench;
let page: Page;
let articleId = 0;
let claimId = 0;

interface Opener {
  description: string;
  /** Its data-focus-key: the same control when React draws it anew (null: this element only). */
  key: string | null;
}

/** Marks the focused element as the opener, so the test can tell it is the one focused later. */
async function markOpener(p: Page): Promise<Opener> {
  return p.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) throw new Error('nothing focused');
    document.querySelectorAll('[data-test-opener]').forEach((e) => e.removeAttribute('data-test-opener'));
    el.dataset.testOpener = 'yes';
    return { description: `${el.tagName} ${el.textContent?.trim().slice(0, 40)}`, key: el.getAttribute('data-focus-key') };
  });
}

/** The opener has the focus: the element itself, or the control drawn in its place (same data-focus-key). */
const openerHasFocus = (p: Page, opener: Opener): Promise<boolean> =>
  p.evaluate(
    (key) => document.activeElement?.getAttribute('data-test-opener') === 'yes' || (key !== null && document.activeElement?.getAttribute('data-focus-key') === key),
    opener.key,
  );
const focusInDialog = (p: Page): Promise<boolean> =>
  p.evaluate(() => {
    const dialog = document.querySelector('dialog[open]');
    return dialog !== null && dialog.contains(document.activeElement) && document.activeElement !== dialog;
  });

/** Opens a dialog with `open` (keys), checks Tab and Shift+Tab stay in it, closes it with `close` and checks the focus is back. */
async function checkDialog(name: string | RegExp, open: () => Promise<void>, close: () => Promise<void> = () => page.keyboard.press('Escape')): Promise<void> {
  const opener = await markOpener(page);
  await open();
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await expect.poll(() => focusInDialog(page), EVENTUALLY).toBe(true);
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInDialog(page), `Tab ${i + 1} in "${String(name)}" left it for ${await focused(page)}`).toBe(true);
  }
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDialog(page), `Shift+Tab ${i + 1} in "${String(name)}" left it for ${await focused(page)}`).toBe(true);
  }
  await close();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(async () => ((await openerHasFocus(page, opener)) ? 'opener' : await focused(page)), EVENTUALLY).toBe('opener');
  expect(opener.description).not.toBe('');
}

beforeAll(async () => {
  wb = await startWorkbench();
  page = wb.page;
  expect((await wb.cli(['import', SAMPLE])).code).toBe(0);
  articleId = (JSON.parse((await wb.cli(['articles', '--json'])).stdout) as { articles: { id: number }[] }).articles[0]?.id ?? 0;
  const added = await wb.cli(['claim', 'add', String(articleId), '--quote', OCTOBER, '--json']);
  claimId = (JSON.parse(added.stdout) as { id: number }).id;
  await page.goto(wb.url);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
  await page.locator('mark[data-claim-ids]').first().waitFor();
}, 120_000);

afterAll(async () => {
  await wb?.close();
});

describe('dialogs trap the focus and give it back', () => {
  it('My queue', async () => {
    await page.getByRole('button', { name: /^My queue/ }).focus();
    await checkDialog('My queue', () => page.keyboard.press('Enter'));
  });

  it('Export report, from its button and from Ctrl+E, closed by Escape and by Close', async () => {
    await page.getByRole('button', { name: 'Export report' }).focus();
    await checkDialog('Export report', () => page.keyboard.press('Enter'));
    await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /Einsatz russischer Atomwaffen/ }).focus();
    await checkDialog(
      'Export report',
      () => page.keyboard.press('Control+e'),
      async () => {
        await tabTo(page, 'dialog button', { text: /^Close$/ });
        await page.keyboard.press('Enter');
      },
    );
  });

  it('Export report, its opener drawn anew while it was open (a colleague edited the article): the focus goes to the new one', async () => {
    // A colleague's edit of the article's details reaches this window while the dialog is open: the
    // details bar is drawn anew for the article's new revision, and its button with it. Closing the
    // dialog must find the button drawn in place of its opener, not leave the focus on <body>, from
    // where the next Tab starts over at the top of the window (on Settings).
    const { article } = JSON.parse((await wb.cli(['show', String(articleId), '--json'])).stdout) as { article: { revision: number } };
    await page.getByRole('button', { name: 'Edit article details' }).focus();
    await checkDialog(
      'Export report',
      async () => {
        await page.keyboard.press('Control+e');
        await page.getByRole('dialog', { name: 'Export report' }).waitFor();
        const run = await wb.cli(['article', 'update', String(articleId), '--expect-rev', String(article.revision), '--source', 'Reuters', '--reviewer', 'Jonas Colleague']);
        expect(run.code, run.stderr).toBe(0);
        // The live feed brings the change: the button that opened the dialog is no longer on the page.
        await expect.poll(() => page.evaluate(() => document.querySelector('[data-test-opener]') === null), EVENTUALLY).toBe(true);
      },
      async () => {
        await tabTo(page, 'dialog button', { text: /^Close$/ });
        await page.keyboard.press('Enter');
      },
    );
    expect(await focusedAccessibleNode(page)).toMatchObject({ role: 'button', name: 'Edit article details' });
  });

  it('the name dialog', async () => {
    await page.getByRole('button', { name: /^Reviewing as/ }).focus();
    // Named by its visible text (axe: label-content-name-mismatch), read out as before.
    expect((await focusedAccessibleNode(page)).name).toBe('Reviewing as e2e-reviewer. Change name');
    await checkDialog('Change your reviewer name', () => page.keyboard.press('Enter'));
  });

  it('Article history', async () => {
    await page.getByRole('button', { name: 'Article history' }).focus();
    await checkDialog('Article history', () => page.keyboard.press('Enter'));
  });

  it('the duplicate claim dialog, opened from the article text', async () => {
    await selectText(page, OCTOBER);
    await page.getByRole('article', { name: 'Article text' }).focus();
    await selectText(page, OCTOBER);
    await checkDialog('This text is already a claim', () => page.keyboard.press('Control+Shift+M'));
  });

  it('the delete confirmation', async () => {
    await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /Einsatz russischer Atomwaffen/ }).click();
    await page.getByRole('complementary', { name: 'Claim review' }).getByRole('heading', { name: `Claim #${claimId}` }).waitFor();
    await page.getByRole('button', { name: 'Delete claim' }).focus();
    await checkDialog('Delete this claim?', () => page.keyboard.press('Enter'));
  });
});

describe('live changes are announced politely', () => {
  it("a colleague's edit", async () => {
    const region = page.locator('#live-announcer');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    const { claims } = JSON.parse((await wb.cli(['show', String(articleId), '--json'])).stdout) as { claims: { id: number; revision: number }[] };
    const revision = claims.find((c) => c.id === claimId)?.revision ?? 0;
    const run = await wb.cli(['claim', 'update', String(claimId), '--expect-rev', String(revision), '--claimant', 'Putin', '--reviewer', 'Maria Colleague']);
    expect(run.code, run.stderr).toBe(0);
    await expect.poll(() => region.textContent(), EVENTUALLY).toBe(`Maria Colleague changed claim ${claimId}.`);
  });

  it('the save status', async () => {
    const panel = page.getByRole('complementary', { name: 'Claim review' });
    const status = panel.locator('.save-state');
    const before = await status.elementHandle();
    await panel.getByLabel('Rationale', { exact: true }).fill('Laut Reuters erst im Dezember.');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => status.textContent(), EVENTUALLY).toBe('All changes saved');
    // The same element, there before the change: a live region, not one inserted with its news.
    expect(await before?.evaluate((el) => el.isConnected && el.getAttribute('role'))).toBe('status');
  });

  it("an import's progress and result", async () => {
    const region = page.locator('.import-live[aria-live="polite"]');
    expect(await region.count()).toBe(1);
    expect((await region.textContent())?.trim()).toBe('');
    await page.locator('input[type="file"]').first().setInputFiles(new URL('../fixtures/import/plain-article.txt', import.meta.url).pathname);
    await expect.poll(() => region.textContent(), EVENTUALLY).toContain('Imported 1 article');
  });
});

describe('the conflict dialog', () => {
  it('keeps Tab inside and gives the focus back to Save after the choice is saved', async () => {
    // A paused clock keeps the edit unsaved and unaware of the command line's change until Save.
    await page.clock.install();
    await page.reload();
    await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
    await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /Einsatz russischer Atomwaffen/ }).click();
    await page.clock.pauseAt(Date.now() + 1000);
    const panel = page.getByRole('complementary', { name: 'Claim review' });
    await panel.getByLabel('Rationale', { exact: true }).fill('Meine Begründung.');
    const { claims } = JSON.parse((await wb.cli(['show', String(articleId), '--json'])).stdout) as { claims: { id: number; revision: number }[] };
    const revision = claims.find((c) => c.id === claimId)?.revision ?? 0;
    const run = await wb.cli(['claim', 'update', String(claimId), '--expect-rev', String(revision), '--rationale', 'Ihre Begründung.']);
    expect(run.code, run.stderr).toBe(0);
    await panel.getByRole('button', { name: 'Save', exact: true }).focus();
    await checkDialog(
      'Someone else changed this claim',
      async () => {
        await page.keyboard.press('Enter');
        await page.getByRole('dialog', { name: 'Someone else changed this claim' }).waitFor();
        await page.clock.resume();
      },
      async () => {
        await tabTo(page, 'dialog button', { text: /^Save my choice$/ });
        await page.keyboard.press('Enter');
      },
    );
    expect(await page.getByRole('complementary', { name: 'Claim review' }).getByLabel('Rationale', { exact: true }).inputValue()).toBe('Meine Begründung.');
  });
});
