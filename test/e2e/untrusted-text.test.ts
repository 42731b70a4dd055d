// An article is untrusted input: markup in its text must show as text and never run.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { selectText, workbenchForTests } from './harness';

const SCRIPT = '<script>window.__pwned = "script"; alert("script")</script>';
const IMG = '<img src=x onerror="window.__pwned = \'img\'; alert(\'img\')">';
const LINK = '<a href="javascript:window.__pwned=\'link\';alert(\'link\')">Mehr lesen</a>';
const wb = workbenchForTests();

it('shows <script>, <img onerror> and javascript: links as text and runs nothing', async () => {
  const { page } = wb();
  const file = join(wb().dir, 'boese-artikel.txt');
  const text = [
    `Gefährlicher Artikel ${SCRIPT}`,
    '',
    `Der erste Absatz enthält ${SCRIPT} mitten im Satz.`,
    '',
    `Ein Bild: ${IMG} und danach weiterer Text.`,
    '',
    `Ein Link: ${LINK} zum Schluss.`,
    '',
  ].join('\n');
  await writeFile(file, text, 'utf8');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(file);
  await page.getByText('Imported 1 article').waitFor();

  const body = page.getByRole('article', { name: 'Article text' });
  await body.getByText(IMG, { exact: false }).waitFor();
  const shown = (await body.textContent()) ?? '';
  expect(shown).toContain(SCRIPT);
  expect(shown).toContain(IMG);
  expect(shown).toContain(LINK);
  // Only text nodes, paragraphs and marks: no element came from the article's markup.
  expect(await body.locator('script, img, a, iframe, object').count()).toBe(0);

  // Marking and hovering the markup does not run it either.
  await selectText(page, IMG);
  await page.getByRole('button', { name: 'Mark claim' }).click();
  const mark = body.locator('mark[data-claim-ids]');
  await mark.waitFor();
  expect(await mark.textContent()).toBe(IMG);
  await mark.hover();
  await mark.click();
  await body.getByText(LINK, { exact: false }).click();
  await page.waitForTimeout(300);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(wb().problems).toEqual([]);
  await wb().screenshot('07-untrusted-text');
});
