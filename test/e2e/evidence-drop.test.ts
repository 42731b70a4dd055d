// Issue 13, evidence in the workbench: a file dropped on a source in the claim panel is kept in
// the database (the CLI lists it with the dropped bytes' SHA-256 and the reviewer who added it)
// and shown with a thumbnail read back from the database. Real Chromium against `factdesk serve`.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Evidence } from '@common/domain/evidence';
import { SAMPLE, startWorkbench, type Workbench } from './harness';

/** A 2×2 PNG. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';
const QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';

let wb: Workbench;

beforeAll(async () => {
  wb = await startWorkbench({ viewport: { width: 1440, height: 900 } });
  for (const args of [['import', SAMPLE], ['claim', 'add', '1', '--quote', QUOTE], ['source', 'add', '1', '--url', 'https://example.org/report', '--title', 'Ministry report']]) {
    const run = await wb.cli(args);
    expect(run.code, run.stderr).toBe(0);
  }
  await wb.page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  await wb?.close();
});

it('keeps a file dropped on a source and shows its thumbnail', async () => {
  const { page } = wb;
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
  await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: new RegExp(QUOTE) }).click();
  const target = page.getByRole('group', { name: 'Evidence for Ministry report' });
  await target.getByText('Drop files here to keep them as evidence.').waitFor();
  const dataTransfer = await page.evaluateHandle((base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'chart.png', { type: 'image/png' }));
    return data;
  }, PNG_BASE64);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  const thumbnail = target.getByRole('img', { name: 'Thumbnail of chart.png' });
  await thumbnail.waitFor({ timeout: 30_000 });
  await expect.poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(2);
  // Dropped on the source, not imported as an article.
  expect(await page.getByRole('navigation', { name: 'Articles' }).getByRole('listitem').count()).toBe(1);

  const list = await wb.cli(['evidence', 'list', '1', '--json']);
  const [kept] = JSON.parse(list.stdout) as Evidence[];
  expect(kept).toMatchObject({
    fileName: 'chart.png',
    mediaType: 'image/png',
    sha256: createHash('sha256').update(Buffer.from(PNG_BASE64, 'base64')).digest('hex'),
    addedBy: 'e2e-reviewer',
  });
  expect(wb.problems).toEqual([]);
}, 180_000);
