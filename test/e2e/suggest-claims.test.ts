// Issue 14, point 1 in the workbench: "Suggest claims" marks about the top quarter of an article's
// sentences with margin markers (never a claim highlight); one click on a marker makes the sentence
// a claim and records the acceptance, "Dismiss" records the dismissal and hides the marker, and
// toggling off removes the markers. German sample and an English article, real Chromium, real file.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openConnection } from '../../main/core/store/sqlite';
import { EVENTUALLY, ROOT, SAMPLE, startWorkbench, type Workbench } from './harness';
import { isSerious, runAxe } from '../support/axe';

const ENGLISH = join(ROOT, 'test/fixtures/import/article.md');

interface Ranked {
  part: string;
  text: string;
  index: number;
  suggested: boolean;
}
interface Judgement {
  reviewer: string;
  article_id: number;
  part: string;
  sentence_start: number;
  sentence: string;
  decision: string;
  claim_id: number | null;
  model_version: string;
}

let wb: Workbench;
const articles = new Map<string, { id: number; title: string }>();

beforeAll(async () => {
  wb = await startWorkbench({ reviewerName: 'Anna Becker' });
  for (const file of [SAMPLE, ENGLISH]) expect((await wb.cli(['import', file])).code).toBe(0);
  const listed = JSON.parse((await wb.cli(['articles', '--json'])).stdout) as { articles: { id: number; title: string; language: string }[] };
  for (const a of listed.articles) articles.set(a.language.slice(0, 2), { id: a.id, title: a.title });
  await wb.page.goto(wb.url);
}, 180_000);

afterAll(async () => {
  await wb?.close();
});

async function ranked(articleId: number): Promise<{ modelVersion: string; sentences: Ranked[] }> {
  const run = await wb.cli(['checkworthy', '--article', String(articleId), '--json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { modelVersion: string; sentences: Ranked[] };
}

async function judgements(articleId: number): Promise<Judgement[]> {
  const raw = await openConnection(wb.dbPath, { readOnly: true });
  try {
    return (await raw.all(
      'SELECT reviewer, article_id, part, sentence_start, sentence, decision, claim_id, model_version FROM suggestion_judgement WHERE article_id = ? ORDER BY id',
      [articleId],
    )) as Judgement[];
  } finally {
    await raw.close();
  }
}

const reader = (p: Page): Locator => p.getByRole('region', { name: 'Reader' });
const toggle = (p: Page): Locator => reader(p).getByRole('button', { name: 'Suggest claims' });
const markers = (p: Page): Locator => reader(p).getByRole('button', { name: /^Suggested claim: / });

describe.each([['de'], ['en']])('Suggest claims (%s)', (lang) => {
  it('marks the top quarter, accepts one as a claim, dismisses one, and toggles off', async () => {
    const page = wb.page;
    const article = articles.get(lang);
    if (article === undefined) throw new Error(`no ${lang} article`);
    await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: new RegExp(article.title.slice(0, 20)) }).click();
    const { modelVersion, sentences } = await ranked(article.id);
    const suggested = sentences.filter((s) => s.suggested);
    expect(suggested.length).toBe(Math.max(1, Math.round(sentences.length / 4)));

    await expect.poll(() => toggle(page).getAttribute('aria-pressed'), EVENTUALLY).toBe('false');
    expect(await markers(page).count()).toBe(0);
    await toggle(page).click();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => markers(page).count(), EVENTUALLY).toBe(suggested.length);
    // A marker is never a claim highlight, and each sits beside its sentence's first line.
    expect(await reader(page).locator('mark').count()).toBe(0);
    const article0 = reader(page).getByRole('article', { name: 'Article text' });
    const textBox = await article0.boundingBox();
    const markerBox = await markers(page).first().boundingBox();
    if (textBox === null || markerBox === null) throw new Error('reader or marker not laid out');
    expect(markerBox.x + markerBox.width).toBeLessThanOrEqual(textBox.x);
    expect(markerBox.y).toBeGreaterThanOrEqual(textBox.y - markerBox.height);
    expect(markerBox.y).toBeLessThanOrEqual(textBox.y + textBox.height);
    expect((await runAxe(page)).filter(isSerious)).toEqual([]);
    await wb.screenshot(`suggest-claims-${lang}`);

    // Accept the first suggestion (Enter on its marker): a claim with the sentence's text, opened in the panel.
    const first = suggested[0];
    if (first === undefined) throw new Error('no suggestion');
    const firstMarker = reader(page).getByRole('button', { name: `Suggested claim: ${first.text.slice(0, 40)}` });
    await firstMarker.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await judgements(article.id)).length, EVENTUALLY).toBe(1);
    const [accepted] = await judgements(article.id);
    expect(accepted).toMatchObject({
      reviewer: 'Anna Becker',
      part: first.part,
      sentence_start: first.index,
      sentence: first.text,
      decision: 'accepted',
      model_version: modelVersion,
    });
    const shown = JSON.parse((await wb.cli(['show', String(article.id), '--json'])).stdout) as {
      claims: { id: number; quote: { exact: string }; part: string }[];
    };
    const claim = shown.claims.find((c) => c.id === accepted?.claim_id);
    expect(claim?.quote.exact).toBe(first.text);
    await page.getByRole('complementary', { name: 'Claim review' }).getByRole('heading', { name: `Claim #${claim?.id}` }).waitFor();
    await expect.poll(() => markers(page).count(), EVENTUALLY).toBe(suggested.length - 1);

    // Dismiss another: recorded, and its marker goes.
    const second = suggested[1];
    if (second === undefined) throw new Error('the article has one suggestion only: too short for this test');
    await reader(page).getByRole('button', { name: `Dismiss suggestion: ${second.text.slice(0, 40)}` }).first().click();
    await expect.poll(async () => (await judgements(article.id)).length, EVENTUALLY).toBe(2);
    expect((await judgements(article.id))[1]).toMatchObject({ sentence: second.text, decision: 'dismissed', claim_id: null });
    await expect.poll(() => markers(page).count(), EVENTUALLY).toBe(suggested.length - 2);

    await toggle(page).click();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => markers(page).count(), EVENTUALLY).toBe(0);
    // On again: the core remembers both decisions, so those two stay hidden.
    await toggle(page).click();
    await expect.poll(() => markers(page).count(), EVENTUALLY).toBe(suggested.length - 2);
    await toggle(page).click();
    await expect.poll(() => markers(page).count(), EVENTUALLY).toBe(0);
    expect(wb.problems).toEqual([]);
  }, 60_000);
});
