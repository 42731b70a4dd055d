// Opening another database from the start screen, in the browser (no native chooser there):
// a typed path creates a new file, the recent list reopens the first, a refused file explains why.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { EVENTUALLY, workbenchForTests } from './harness';
const wb = workbenchForTests();

it('creates, reopens and refuses database files from the start screen', async () => {
  const { page } = wb();
  const second = join(wb().dir, 'team-review.db');
  await page.getByLabel('Database file').fill(second);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect.poll(() => page.locator('.db-facts .path').textContent(), EVENTUALLY).toBe(second);

  // The browser has no native chooser: asking says so instead of pretending.
  await page.getByRole('button', { name: 'Open database…' }).click();
  await page.getByRole('alert').getByText(/no file chooser/).waitFor();
  await wb().screenshot('09-start-screen-switch');

  const recent = page.getByRole('navigation', { name: 'Recent databases' });
  await recent.getByRole('button', { name: wb().dbPath.split('/').pop() }).click();
  await expect.poll(() => page.locator('.db-facts .path').textContent(), EVENTUALLY).toBe(wb().dbPath);

  const notes = join(wb().dir, 'notes.txt');
  await writeFile(notes, 'not a database');
  await page.getByLabel('Database file').fill(notes);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('alert').getByText(/not a SQLite|not SQLite|not a Factdesk/i).waitFor();
  expect(await page.locator('.db-facts .path').textContent()).toBe(wb().dbPath);
});
