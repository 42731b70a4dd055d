// Issue 15, the dialogs the first pass left out: Settings (organisation, verdict scale), publishing
// (the approved claim's publish row and the unpublish dialog), the correction of a published
// claim, the overlap question when a suggested sentence shares words with a claim, the chooser
// under overlapping highlights, and the conflict dialog (a colleague saved first). For each:
// axe-core in light and dark finds nothing serious or critical (all findings go to
// test-artifacts/axe-results-dialogs.json for the closing note), Tab and Shift+Tab wrap inside
// it, and closing it gives the focus back to the control that opened it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { EVENTUALLY, ROOT, SAMPLE, cliJson, startWorkbench, type Workbench } from './harness';
import { focused } from './keyboard';
import { axeInBothSchemes, writeAxeResults, type AxeResults } from '../support/axe';

const OCTOBER = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const OVERLAP = 'russischer Atomwaffen im Oktober';
const BEN = 'Ben Kramer';
const CONFLICTED = '„strategische Partnerschaft“ entwickelt';

interface StoredClaim {
  id: number;
  revision: number;
  status: string;
  quote: { exact: string };
}

let wb: Workbench;
let page: Page;
let articleId = 0;
let claimId = 0;
const results: AxeResults = {};

async function stored(id: number): Promise<StoredClaim> {
  const shown = await cliJson<{ claims: StoredClaim[] }>(wb, ['show', String(articleId)]);
  return shown.claims.find((c) => c.id === id) ?? Promise.reject(new Error(`claim ${id} missing`));
}

const panel = (): Locator => page.getByRole('complementary', { name: 'Claim review' });
const claimButton = (quote: RegExp): Locator => page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: quote });

/** Runs axe in both colour schemes and expects nothing serious or critical. */
async function axeCheck(screen: string): Promise<void> {
  expect(await axeInBothSchemes(page, screen, results), screen).toEqual({ light: [], dark: [] });
}

/** Marks the focused element as the opener, so the test can tell it is the one focused later. */
async function markOpener(): Promise<void> {
  await page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) throw new Error('nothing focused before the dialog opened');
    document.querySelectorAll('[data-test-opener]').forEach((e) => e.removeAttribute('data-test-opener'));
    el.dataset.testOpener = 'yes';
  });
}

const openerHasFocus = (): Promise<boolean> => page.evaluate(() => document.activeElement?.getAttribute('data-test-opener') === 'yes');

/** Whether the focus is on a control inside `selector` (not on the container itself). */
const focusInside = (selector: string): Promise<boolean> =>
  page.evaluate((sel) => {
    const box = document.querySelector(sel);
    return box !== null && box.contains(document.activeElement) && document.activeElement !== box;
  }, selector);

/** How many Tab stops `selector` has: Tab is pressed more often than that, so it must wrap. */
const tabStops = (selector: string): Promise<number> =>
  page.evaluate((sel) => {
    const box = document.querySelector(sel);
    if (box === null) return 0;
    return [...box.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, iframe, [tabindex]')].filter(
      (el) => !el.matches(':disabled') && el.tabIndex >= 0 && el.getClientRects().length > 0,
    ).length;
  }, selector);

interface Popup {
  /** What the popup is, for failure messages and the axe results. */
  name: string;
  locator: Locator;
  /** A CSS selector for the open popup. */
  selector: string;
  open: () => Promise<void>;
  close?: () => Promise<void>;
  /** Runs while the popup is open, before the focus checks. */
  whileOpen?: () => Promise<void>;
}

/** Opens a popup from the focused control; Tab and Shift+Tab wrap inside it; closing it gives the focus back. */
async function checkPopup({ name, locator, selector, open, close = () => page.keyboard.press('Escape'), whileOpen }: Popup): Promise<void> {
  await markOpener();
  await open();
  await locator.waitFor();
  await expect.poll(() => focusInside(selector), EVENTUALLY).toBe(true);
  await whileOpen?.();
  const presses = (await tabStops(selector)) + 2;
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(key);
      expect(await focusInside(selector), `${key} ${i + 1} in "${name}" left it for ${await focused(page)}`).toBe(true);
    }
  }
  await close();
  await locator.waitFor({ state: 'detached' });
  await expect.poll(async () => ((await openerHasFocus()) ? 'opener' : await focused(page)), EVENTUALLY).toBe('opener');
}

const dialogPopup = (name: string, open: () => Promise<void>, extra: Partial<Popup> = {}): Popup => ({
  name,
  locator: page.getByRole('dialog', { name }),
  selector: 'dialog[open]',
  open,
  ...extra,
});

beforeAll(async () => {
  wb = await startWorkbench();
  page = wb.page;
  expect((await wb.cli(['import', SAMPLE])).code).toBe(0);
  articleId = (await cliJson<{ articles: { id: number }[] }>(wb, ['articles'])).articles[0]?.id ?? 0;
  // Ben marks the claim, gives it a verdict and asks for review; the e2e reviewer approves it here.
  const added = await cliJson<StoredClaim>(wb, ['claim', 'add', String(articleId), '--quote', OCTOBER, '--reviewer', BEN]);
  claimId = added.id;
  await cliJson(wb, ['claim', 'update', String(claimId), '--expect-rev', String(added.revision), '--verdict', 'false', '--status', 'Needs review', '--reviewer', BEN]);
  await page.goto(wb.url);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
  await page.locator('mark[data-claim-ids]').first().waitFor();
}, 120_000);

afterAll(async () => {
  await writeAxeResults(ROOT, 'axe-results-dialogs.json', results);
  await wb?.close();
});

describe('axe-core finds nothing serious or critical, and the focus stays inside and comes back', () => {
  it('the Settings dialog (organisation and verdict scale)', async () => {
    await page.getByRole('button', { name: 'Settings', exact: true }).focus();
    await checkPopup(
      dialogPopup('Settings', () => page.keyboard.press('Enter'), {
        whileOpen: async () => {
          await page.getByRole('dialog', { name: 'Settings' }).getByRole('form', { name: 'Organisation' }).waitFor();
          await axeCheck('Settings dialog');
        },
      }),
    );
  });

  it('the Settings dialog showing its problems, opened by Ctrl+, from the article list', async () => {
    await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).focus();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await checkPopup(
      dialogPopup('Settings', () => page.keyboard.press('Control+,'), {
        whileOpen: async () => {
          const organisation = dialog.getByRole('form', { name: 'Organisation' });
          await organisation.getByLabel('Address of published fact-checks').fill('https://desk.example/checks/');
          await organisation.getByText('The URL pattern needs {id} or {slug}').waitFor();
          const add = dialog.getByRole('form', { name: 'Add a verdict' });
          await add.getByLabel('Colour (light theme)').fill('#d4a72c');
          await add.getByText(/contrast of 2\.2:1 on the light theme/).waitFor();
          const range = dialog.getByRole('form', { name: 'Ratings range' });
          await range.getByLabel('Worst rating').fill('2');
          await range.getByRole('button', { name: 'Save range' }).click();
          await dialog.getByRole('alert').waitFor();
          await axeCheck('Settings dialog with its problems shown');
          await add.getByLabel('English label').focus();
        },
      }),
    );
  });

  it('the publish row of an approved claim', async () => {
    await claimButton(/Einsatz russischer Atomwaffen/).click();
    await panel().getByRole('button', { name: 'Approve verdict' }).click();
    await expect.poll(async () => (await stored(claimId)).status, EVENTUALLY).toBe('approved');
    await panel().getByRole('button', { name: 'Publish', exact: true }).waitFor();
    await axeCheck('publish row (approved claim)');
    await panel().getByLabel('Fact-check address (optional)').fill(`https://desk.example/checks/${claimId}`);
    await panel().getByRole('button', { name: 'Publish', exact: true }).click();
    await expect.poll(async () => (await stored(claimId)).status, EVENTUALLY).toBe('published');
    await panel().getByRole('button', { name: 'Unpublish' }).waitFor();
    await axeCheck('published claim');
  });

  it('the correction dialog (a change of the published verdict), cancelled by Escape', async () => {
    const verdict = panel().getByLabel('Verdict', { exact: true });
    await verdict.focus();
    await checkPopup(
      dialogPopup('Correct the published fact-check', () => verdict.selectOption({ label: 'True' }).then(() => undefined), {
        whileOpen: () => axeCheck('Correction dialog'),
      }),
    );
    // Escape is Cancel: the edit is dropped, the published verdict stays.
    expect(await verdict.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('False');
  });

  it('the unpublish dialog, from its button and closed by Cancel', async () => {
    await panel().getByRole('button', { name: 'Unpublish' }).focus();
    const dialog = page.getByRole('dialog', { name: 'Unpublish this fact-check?' });
    await checkPopup(
      dialogPopup('Unpublish this fact-check?', () => page.keyboard.press('Enter'), {
        whileOpen: () => axeCheck('Unpublish dialog'),
        close: () => dialog.getByRole('button', { name: 'Cancel' }).click(),
      }),
    );
  });

  it('the question when an accepted suggestion overlaps a claim (open it / mark the sentence / cancel)', async () => {
    const ranked = await cliJson<{ sentences: { text: string; index: number; suggested: boolean }[] }>(wb, ['checkworthy', '--article', String(articleId)]);
    const sentence = ranked.sentences.filter((s) => s.suggested && !s.text.includes(OCTOBER)).sort((a, b) => b.index - a.index)[0];
    if (sentence === undefined) throw new Error('a suggested sentence without a claim expected');
    const words = sentence.text.split(' ').slice(3, 8).join(' ');
    expect((await wb.cli(['claim', 'add', String(articleId), '--quote', words])).code).toBe(0);
    // The workbench knows the claim (a live update) before the sentence is accepted.
    await claimButton(new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).waitFor();
    await page.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Suggest claims' }).click();
    const marker = page.getByRole('region', { name: 'Reader' }).getByRole('button', { name: `Suggested claim: ${sentence.text}` });
    await marker.waitFor();
    await marker.focus();
    await checkPopup(
      dialogPopup('This sentence overlaps a claim', () => page.keyboard.press('Enter'), {
        whileOpen: () => axeCheck('overlap question (suggestion)'),
      }),
    );
    await page.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Suggest claims' }).click();
  });

  it('the chooser under overlapping highlights', async () => {
    expect((await wb.cli(['claim', 'add', String(articleId), '--quote', OVERLAP])).code).toBe(0);
    const both = page.locator('mark[data-claim-ids*=" "]').first();
    await both.waitFor();
    // Reached as a keyboard user does (Alt+Down to the highlight, Enter), so the focus is on it.
    await both.focus();
    const menu = page.getByRole('menu', { name: 'Claims on these words' });
    await checkPopup({
      name: 'Claims on these words',
      locator: menu,
      selector: '.overlap-chooser',
      open: () => page.keyboard.press('Enter'),
      whileOpen: async () => {
        await axeCheck('overlap chooser');
        const at = () => page.evaluate(() => [...document.querySelectorAll('.overlap-chooser button')].indexOf(document.activeElement as Element));
        expect(await menu.getByRole('menuitem').count()).toBe(2);
        expect(await at()).toBe(0);
        await page.keyboard.press('ArrowDown');
        expect(await at()).toBe(1);
        await page.keyboard.press('ArrowDown');
        expect(await at()).toBe(0);
        await page.keyboard.press('ArrowUp');
        expect(await at()).toBe(1);
      },
    });
  });
});

describe('the conflict dialog (a colleague saved the claim first)', () => {
  it('finds nothing serious or critical', async () => {
    const added = await cliJson<StoredClaim>(wb, ['claim', 'add', String(articleId), '--quote', CONFLICTED, '--reviewer', BEN]);
    // A paused clock keeps the edit unsaved and unaware of the command line's change until Save.
    await page.clock.install();
    await page.reload();
    await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
    await claimButton(/strategische Partnerschaft/).click();
    await panel().getByRole('heading', { name: `Claim #${added.id}` }).waitFor();
    await page.clock.pauseAt(Date.now() + 1000);
    await panel().getByLabel('Rationale', { exact: true }).fill('Meine Begründung.');
    const run = await wb.cli(['claim', 'update', String(added.id), '--expect-rev', String(added.revision), '--rationale', 'Ihre Begründung.']);
    expect(run.code, run.stderr).toBe(0);
    await panel().getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else changed this claim' });
    await dialog.waitFor();
    await page.clock.resume();
    await axeCheck('conflict dialog');
  });
});
