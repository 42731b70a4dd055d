// Issue 14.2 in the workbench: the dates panel lists the date expressions of a claim's quote and
// sentence resolved against the article's date, one click takes one as the claim date at its
// precision, and an article without a date asks for it first. German and English articles.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { EVENTUALLY, SAMPLE, startWorkbench, type Workbench } from './harness';

const ENGLISH = fileURLToPath(new URL('../fixtures/import/plain-article.txt', import.meta.url));
const OCTOBER = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const RECORD = 'Electricity demand in Spain reached a new summer record';

let wb: Workbench;

const panel = (): Locator => wb.page.getByRole('complementary', { name: 'Claim review' });
const dates = (): Locator => panel().getByRole('region', { name: 'Dates in the claim' });

async function claimDate(claimId: number, articleId: number): Promise<string | null> {
  const run = await wb.cli(['show', String(articleId), '--json']);
  return (JSON.parse(run.stdout) as { claims: Array<{ id: number; claimDate: string | null }> }).claims.find((c) => c.id === claimId)?.claimDate ?? null;
}

async function addClaim(articleId: number, quote: string): Promise<number> {
  const added = await wb.cli(['claim', 'add', String(articleId), '--quote', quote, '--json']);
  expect(added.code, added.stderr).toBe(0);
  return (JSON.parse(added.stdout) as { id: number }).id;
}

async function openClaim(article: RegExp, quote: string, claimId: number): Promise<void> {
  await wb.page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: article }).click();
  await wb.page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: new RegExp(quote) }).click();
  await panel().getByRole('heading', { name: `Claim #${claimId}` }).waitFor();
}

beforeAll(async () => {
  wb = await startWorkbench({ reviewerName: 'Anna Becker' });
  expect((await wb.cli(['import', SAMPLE, ENGLISH])).code).toBe(0);
  await wb.page.goto(wb.url);
}, 180_000);

afterAll(async () => {
  await wb?.close();
});

it('German: asks for the missing article date, then takes "letzten Monat" as the month May 2023', async () => {
  const claimId = await addClaim(1, OCTOBER);
  await openClaim(/Putin und Lukaschenko/, OCTOBER, claimId);
  await dates().getByText('This article has no publication date').waitFor();
  await dates().getByLabel('Article date').fill('2023-06-16');
  await dates().getByRole('button', { name: 'Save article date' }).click();

  const items = dates().getByRole('listitem');
  await expect.poll(() => items.count(), EVENTUALLY).toBe(2);
  expect(await items.nth(0).innerText()).toMatch(/letzten Monat.*01\.05\.2023 – 31\.05\.2023/s);
  expect(await items.nth(1).innerText()).toMatch(/im Oktober.*01\.10\.2022 – 31\.10\.2022/s);
  const shown = await wb.cli(['show', '1', '--json']);
  expect((JSON.parse(shown.stdout) as { article: { publishedAt: string } }).article.publishedAt).toBe('2023-06-16');

  await dates().getByRole('button', { name: /Use “letzten Monat” as claim date/ }).click();
  await expect.poll(() => panel().getByLabel('Claim date', { exact: true }).inputValue(), EVENTUALLY).toBe('2023-05');
  expect(await panel().getByLabel('Claim date: precision').inputValue()).toBe('month');
  await panel().getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => claimDate(claimId, 1), EVENTUALLY).toBe('2023-05');
  await items.nth(0).getByText('Claim date').waitFor();
});

it('English: resolves "on Wednesday" against the article date and takes the day', async () => {
  const updated = await wb.cli(['article', 'update', '2', '--expect-rev', '1', '--date', '2023-07-14']);
  expect(updated.code, updated.stderr).toBe(0);
  const claimId = await addClaim(2, RECORD);
  await openClaim(/Heatwave pushes power demand/, RECORD, claimId);
  const item = dates().getByRole('listitem').filter({ hasText: 'on Wednesday' });
  await item.waitFor();
  expect(await item.innerText()).toMatch(/Jul 12, 2023/);
  await item.getByRole('button', { name: /Use “on Wednesday” as claim date/ }).click();
  await expect.poll(() => panel().getByLabel('Claim date', { exact: true }).inputValue(), EVENTUALLY).toBe('2023-07-12');
  await panel().getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => claimDate(claimId, 2), EVENTUALLY).toBe('2023-07-12');
});

it('edits an article\'s details (source, byline, date) in the workbench, stored at a new revision', async () => {
  await wb.page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Heatwave pushes power demand/ }).click();
  await wb.page.getByRole('button', { name: 'Edit article details' }).click();
  const form = wb.page.getByRole('form', { name: 'Article details' });
  await form.getByLabel('Source').fill('Red Eléctrica');
  await form.getByLabel('Byline').fill('By Ana García');
  await form.getByLabel('Publication date').fill('2023-07-13');
  await form.getByRole('button', { name: 'Save details' }).click();
  await wb.page.getByRole('button', { name: 'Edit article details' }).waitFor();
  const article = async () => (JSON.parse((await wb.cli(['show', '2', '--json'])).stdout) as { article: Record<string, unknown> }).article;
  await expect.poll(async () => (await article()).sourceName, EVENTUALLY).toBe('Red Eléctrica');
  expect(await article()).toMatchObject({ byline: 'By Ana García', publishedAt: '2023-07-13', revision: 3 });
});
