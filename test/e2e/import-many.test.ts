// Importing many files at once: progress, a message per failed file (too large files are refused
// before any byte is sent), and a virtualised list that renders only what is visible.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { EVENTUALLY, workbenchForTests } from './harness';
const wb = workbenchForTests({ viewport: { width: 1280, height: 800 } });

it('imports 60 articles with progress, reports failures per file, and virtualises the list', async () => {
  const { page } = wb();
  const files: string[] = [];
  for (let i = 1; i <= 60; i++) {
    const file = join(wb().dir, `artikel-${String(i).padStart(2, '0')}.md`);
    await writeFile(file, `# Meldung Nummer ${i}\n\nDies ist der erste Absatz der Meldung ${i} über Wahlen.\n\nZweiter Absatz ${i}.\n`);
    files.push(file);
  }
  const huge = join(wb().dir, 'riesig.txt');
  await writeFile(huge, Buffer.alloc(21 * 1024 * 1024, 'a'));
  const binary = join(wb().dir, 'bild.txt');
  await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));

  const sent: number[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/importFiles')) sent.push(r.postData()?.length ?? 0);
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([...files, huge, binary]);
  await page.getByRole('progressbar').waitFor();
  await page.getByText('Imported 60 articles, 2 failed.').waitFor({ timeout: 30_000 });

  const failures = page.getByRole('alert', { name: 'Files that could not be imported' });
  expect(await failures.getByText(/riesig\.txt.*not sent/).count()).toBe(1);
  expect(await failures.getByText(/bild\.txt/).count()).toBe(1);
  // The 21 MB file never left the page; the rest went in several batches.
  expect(sent.length).toBeGreaterThan(1);
  expect(Math.max(...sent)).toBeLessThan(10 * 1024 * 1024);

  const list = page.getByRole('navigation', { name: 'Articles' });
  await list.getByText('60 articles').waitFor();
  const rendered = await list.getByRole('listitem').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(30);

  // Keyboard: arrow down moves through the list, Enter opens.
  await list.getByRole('button').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('article', { name: 'Article text' }).getByRole('heading', { level: 1 }).waitFor();
  await wb().screenshot('08-many-articles');

  await list.getByRole('combobox', { name: 'Sort articles' }).selectOption('title');
  await expect.poll(() => list.getByRole('button').first().textContent(), EVENTUALLY).toContain('Meldung Nummer 1');
  expect(wb().problems).toEqual([]);
});
