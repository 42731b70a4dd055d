// Issue 15 (a German interface), the panels: a browser whose language is German (playwright's
// locale de-DE, so navigator.languages is ['de-DE'], as Electron passes a German OS's locale) gets
// the claim panel, its review state, the source form, the dates and similar-claims panels, the
// queue and the settings dialog in German: every text checked here is the de catalogue's own
// (main/common/i18n/locales/de/panels.json), verdicts are the desk's German labels, and a plural
// changes form with the count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createI18n } from '../../main/common/i18n';
import { EVENTUALLY, SAMPLE, startWorkbench, type Workbench } from './harness';

const OCTOBER = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const SECOND = 'eine „strategische Partnerschaft“ entwickelt hätten';
const KREML = 'Lukaschenko erlaubte dem Kreml';

const de = createI18n('de', ['panels', 'common']);
/** The German catalogue's text for a panels key (statuses and counts: `{ ns: 'common' }`). */
const t = (key: string, values?: Record<string, unknown>): string => de.t(key, { ns: 'panels', ...values });

let wb: Workbench;
let page: Page;

const claimPanel = (id: number): Locator => page.getByRole('region', { name: t('claim.heading', { id }), exact: true });

async function cli(args: string[]): Promise<string> {
  const run = await wb.cli(args);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

async function addClaim(quote: string): Promise<number> {
  const id = (JSON.parse(await cli(['claim', 'add', '1', '--quote', quote, '--json'])) as { id: number }).id;
  // Ben sets the verdict and asks for review: Anna's queue holds it, and she may approve it.
  await cli(['claim', 'update', String(id), '--expect-rev', '1', '--verdict', 'False', '--status', 'Needs review', '--reviewer', 'Ben Kramer']);
  return id;
}

beforeAll(async () => {
  wb = await startWorkbench({ reviewerName: 'Anna Becker', locale: 'de-DE' });
  page = wb.page;
  await cli(['import', SAMPLE]);
  const claimId = await addClaim(OCTOBER);
  expect(claimId).toBe(1);
  await cli(['source', 'add', '1', '--url', 'https://example.org/belta', '--title', 'BelTA', '--stance', 'refutes']);
  await page.goto(wb.url);
}, 180_000);

afterAll(async () => {
  await wb?.close();
});

describe('the panels in a German browser', () => {
  it('open the claim with its fields, status, verdict, save state and actions in German', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.getByRole('navigation').getByRole('button', { name: /Putin und Lukaschenko/ }).click();
    const list = page.getByRole('region', { name: new RegExp(`^${t('claimsList.heading')}`) });
    await list.getByRole('button', { name: new RegExp(OCTOBER) }).click();
    const panel = claimPanel(1);
    await panel.waitFor();

    for (const field of ['claimReviewed', 'claimant', 'rationale']) await panel.getByLabel(t(`field.${field}`), { exact: true }).waitFor();
    await panel.getByLabel(t('claim.precision.label', { field: t('field.claimDate') })).waitFor();
    const verdict = panel.getByLabel(t('field.verdict'), { exact: true });
    // The desk's own German label of "False", not a catalogue's.
    expect(await verdict.locator('option:checked').innerText()).toBe('Falsch');
    expect(await verdict.locator('option').first().innerText()).toBe(t('claim.noVerdictYet'));
    const status = panel.getByLabel(t('field.status'), { exact: true });
    expect(await status.locator('option:checked').innerText()).toBe(t('status.needs_review', { ns: 'common' }));
    expect(await status.locator('option').allInnerTexts()).toEqual(
      ['draft', 'in_research', 'needs_review', 'approved', 'published', 'rejected'].map((s) => t(`status.${s}`, { ns: 'common' })),
    );
    await panel.getByRole('status').filter({ hasText: t('claim.saveState.saved') }).waitFor();
    for (const name of ['claim.undo', 'claim.save', 'claim.delete']) await panel.getByRole('button', { name: t(name), exact: true }).waitFor();
    // The claims list says the verdict and status in German too.
    expect(await list.getByRole('button', { name: new RegExp(OCTOBER) }).innerText()).toMatch(
      new RegExp(`Falsch\\s+${t('status.needs_review', { ns: 'common' })}`),
    );
  });

  it('show the review state and the review buttons in German', async () => {
    const review = claimPanel(1).getByRole('region', { name: t('review.label') });
    expect(await review.innerText()).toContain(t('field.verdictSetBy'));
    expect(await review.innerText()).toContain(t('review.notApproved'));
    await review.getByText(t('review.asksForReview', { name: 'Ben Kramer' })).waitFor();
    await review.getByRole('button', { name: t('review.approve') }).waitFor();
    await review.getByLabel(t('field.assignee')).locator('option', { hasText: t('review.me', { name: 'Anna Becker' }) }).waitFor({ state: 'attached' });
    await claimPanel(1).getByRole('heading', { name: t('comments.heading') }).waitFor();
    await claimPanel(1).getByRole('textbox', { name: t('comments.add') }).waitFor();
  });

  it('list the source and check a new one in German', async () => {
    const panel = claimPanel(1);
    const sources = panel.getByRole('region', { name: t('sources.heading') });
    expect(await sources.locator('.source-meta').first().innerText()).toBe(t('sources.stance.refutes'));
    await sources.getByRole('button', { name: t('evidence.archiveLabel', { name: 'BelTA' }) }).waitFor();
    await sources.getByText(t('evidence.dropHint')).waitFor();

    await sources.getByRole('button', { name: t('sources.add') }).click();
    const form = sources.getByRole('form', { name: t('sources.addThis') });
    for (const field of ['url', 'title', 'publisher', 'date', 'stance', 'excerpt']) await form.getByLabel(t(`field.${field}`), { exact: true }).waitFor();
    expect(await form.getByLabel(t('field.stance')).locator('option').allInnerTexts()).toEqual(
      ['supports', 'refutes', 'context'].map((s) => t(`sources.stance.${s}`)),
    );
    await form.getByLabel(t('field.url'), { exact: true }).fill('ftp://example.org/file');
    await form.getByRole('button', { name: t('sources.addThis') }).click();
    await form.getByRole('alert').filter({ hasText: t('sources.urlProblem.protocol', { protocol: 'ftp:' }) }).waitFor();
    await form.getByRole('button', { name: t('sources.cancel') }).click();
  });

  it('show the dates and similar-claims panels in German', async () => {
    const panel = claimPanel(1);
    const dates = panel.getByRole('region', { name: t('dates.heading') });
    await dates.getByText(t('dates.noArticleDate')).waitFor();
    await dates.getByLabel(t('dates.articleDate')).fill('2023-06-16');
    await dates.getByRole('button', { name: t('dates.saveArticleDate') }).click();
    await dates.getByText(t('dates.resolvedAgainst', { date: '16.06.2023' })).waitFor();
    const take = dates.getByRole('button', { name: t('dates.useLabel', { text: 'im Oktober', date: 'Oktober 2022' }), exact: true });
    expect(await take.innerText()).toBe(t('dates.use', { date: 'Oktober 2022' }));

    const similar = panel.getByRole('region', { name: t('similar.heading') });
    await similar.getByText(t('similar.none')).waitFor();
  });

  it('count with plurals: one claim, then two claims in the queue', async () => {
    const queue = (count: number) => page.getByRole('button', { name: t('header.queueLabel', { count }) });
    await queue(1).waitFor();
    expect(t('header.queueLabel', { count: 1 })).toMatch(/1 Behauptung$/);
    await addClaim(SECOND);
    await queue(2).waitFor({ timeout: EVENTUALLY.timeout });
    expect(t('header.queueLabel', { count: 2 })).toMatch(/2 Behauptungen$/);
    await queue(2).click();
    const dialog = page.getByRole('dialog', { name: t('queue.title') });
    await dialog.getByRole('region', { name: t('queue.review') }).waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(2);
    await dialog.getByRole('button', { name: t('queue.close') }).click();
  });

  it('open the settings in German', async () => {
    // The Settings button is the window's (workbench catalogue): either language opens it.
    await page.getByRole('button', { name: /^(Settings|Einstellungen)$/ }).click();
    const dialog = page.getByRole('dialog', { name: t('settings.title') });
    await dialog.getByRole('form', { name: t('settings.organisation') }).waitFor();
    for (const key of ['settings.name', 'settings.url', 'settings.logo', 'settings.pattern', 'settings.reportLanguage']) {
      await dialog.getByLabel(t(key), { exact: true }).waitFor();
    }
    const scale = dialog.getByRole('region', { name: t('settings.scale') });
    await scale.getByRole('textbox', { name: t('settings.germanOf', { verdict: 'Falsch' }), exact: true }).waitFor();
    await scale.getByRole('button', { name: t('settings.remove', { verdict: 'Falsch' }), exact: true }).waitFor();
    await dialog.getByRole('form', { name: t('settings.addVerdict') }).waitFor();

    await dialog.getByLabel(t('settings.reportLanguage')).locator('option', { hasText: t('common:language.de') }).waitFor({ state: 'attached' });
    await dialog.getByRole('button', { name: t('settings.close'), exact: true }).click();
  });

  it('says a refused approval (four eyes) in German, the core’s rule by its key', async () => {
    // Anna, who is in the browser, set this verdict herself: approving it is refused.
    const id = (JSON.parse(await cli(['claim', 'add', '1', '--quote', KREML, '--json'])) as { id: number }).id;
    await cli(['claim', 'update', String(id), '--expect-rev', '1', '--verdict', 'False', '--status', 'Needs review', '--reviewer', 'Anna Becker']);
    const list = page.getByRole('region', { name: new RegExp(`^${t('claimsList.heading')}`) });
    // Opened once the list shows the verdict, so the panel starts from the updated claim.
    const item = list.getByRole('button', { name: new RegExp(KREML) });
    await expect.poll(async () => (await item.count()) === 1 && (await item.innerText()).includes('Falsch'), EVENTUALLY).toBe(true);
    await item.click();
    const panel = claimPanel(id);
    await panel.waitFor();
    await panel.getByLabel(t('field.status'), { exact: true }).selectOption({ label: t('status.approved', { ns: 'common' }) });
    await panel.getByRole('button', { name: t('claim.save'), exact: true }).click();
    const reason = t('problem.fourEyes', { ns: 'common' });
    expect(reason).toMatch(/Vier-Augen-Prinzip/);
    await panel.getByRole('alert').filter({ hasText: t('claim.statusRefused', { reason }) }).waitFor();
  });

  it('reported no page errors', () => {
    expect(wb.problems).toEqual([]);
  });
});
