// Issue 10.9 in a real Chromium: a database created from the start screen on a small disk (a real
// tmpfs) says where it was created; when the disk fills up, an import says so in a sentence
// (nothing lost, what to do), and once there is room again the same import works.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillDisk } from '../support/system';
import { EVENTUALLY, startWorkbench, type Workbench } from './harness';

let wb: Workbench;
let disk = '';

beforeAll(async () => {
  wb = await startWorkbench();
  disk = join(wb.dir, 'small-disk');
  mkdirSync(disk);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk]);
  await wb.page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  await wb?.close().catch(() => undefined);
  if (disk) execFileSync('umount', ['-l', disk]);
});

it('says the disk is full in a sentence, and imports again once there is room', async () => {
  const { page } = wb;
  await page.getByLabel('Database file').fill(join(disk, 'desk'));
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect.poll(() => page.locator('.db-facts .path').textContent(), EVENTUALLY).toBe(join(disk, 'desk.factdesk'));
  await page.getByRole('status').filter({ hasText: 'Factdesk created this file just now' }).waitFor();

  const article = join(wb.dir, 'bericht.txt');
  writeFileSync(article, `Ein langer Bericht\n\n${Array.from({ length: 40_000 }, (_, i) => `wort${i}`).join(' ')}\n`);
  const free = fillDisk(disk);
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([article]);
  const report = page.getByRole('region', { name: 'Import' });
  await report.getByText(/There is no room left on the disk that holds/).waitFor();
  const text = (await report.textContent()) ?? '';
  expect(text).toMatch(/Nothing that was saved before is lost\. Free some space/);
  expect(text).not.toMatch(/SQLITE_/);
  await wb.screenshot('31-disk-full');

  free();
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([article]);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Ein langer Bericht/ }).waitFor();
});
