// Issue 13, opening a preserved copy offline in the browser workbench: "Open" on a PDF or an audio
// file opens the bytes kept in the database as a Blob of their media type in a new tab; a saved
// HTML page is never rendered (its scripts would run in the workbench's origin) but downloaded
// under its name, byte for byte. Real Chromium against `factdesk serve`.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SAMPLE, startWorkbench, type Workbench } from './harness';

const QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

let wb: Workbench;
let dir: string;
const files = {
  'ministry scan.pdf': Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(40_000)]),
  'phone call.mp3': Buffer.concat([Buffer.from('ID3'), randomBytes(30_000)]),
  'saved page.html': Buffer.from('<!DOCTYPE html><title>Saved</title><script>document.title = "ran"; window.opener && (window.opener.document.title = "pwned")</script>'),
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-e2e-open-'));
  wb = await startWorkbench({ viewport: { width: 1440, height: 900 } });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  for (const args of [
    ['import', SAMPLE],
    ['claim', 'add', '1', '--quote', QUOTE],
    ['source', 'add', '1', '--url', 'https://example.org/report', '--title', 'Ministry report'],
    ['evidence', 'add', '1', ...Object.keys(files).map((name) => join(dir, name))],
  ]) {
    const run = await wb.cli(args);
    expect(run.code, run.stderr).toBe(0);
  }
  await wb.page.goto(wb.url);
  // The page's CSP (connect-src 'self') rightly stops fetch() of a blob: URL, so the test keeps
  // each Blob the page makes a URL for, to read the very object the tab was opened on.
  await wb.page.evaluate(() => {
    const kept = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = create(blob);
      if (blob instanceof Blob) kept.set(url, blob);
      return url;
    };
    (window as unknown as { keptBlobs: Map<string, Blob> }).keptBlobs = kept;
  });
  await wb.page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Putin und Lukaschenko/ }).click();
  await wb.page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: new RegExp(QUOTE) }).click();
}, 120_000);

afterAll(async () => {
  await wb?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The Blob a tab was opened on: its media type and SHA-256, read back in the workbench's page. */
async function openedBlob(page: Page, name: string): Promise<{ type: string; sha256: string }> {
  const popup = page.waitForEvent('popup', { timeout: 30_000 });
  await page.getByRole('group', { name: 'Evidence for Ministry report' }).getByRole('button', { name: `Open ${name}` }).click();
  const tab = await popup;
  const url = tab.url();
  expect(url).toMatch(new RegExp(`^blob:${wb.url.split('/?')[0]}/`));
  const read = await page.evaluate(async (blobUrl) => {
    const blob = (window as unknown as { keptBlobs: Map<string, Blob> }).keptBlobs.get(blobUrl);
    if (!blob) throw new Error(`No Blob was made for ${blobUrl}`);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
    return { type: blob.type, sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
  }, url);
  await tab.close();
  return read;
}

it('opens a PDF and an audio file from the database in a new tab, as Blobs of their type', async () => {
  expect(await openedBlob(wb.page, 'ministry scan.pdf')).toEqual({ type: 'application/pdf', sha256: sha256(files['ministry scan.pdf']) });
  expect(await openedBlob(wb.page, 'phone call.mp3')).toEqual({ type: 'audio/mpeg', sha256: sha256(files['phone call.mp3']) });
}, 120_000);

it('downloads a saved HTML page under its name instead of rendering it', async () => {
  const { page } = wb;
  let popups = 0;
  page.on('popup', () => popups++);
  const title = await page.title();
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('group', { name: 'Evidence for Ministry report' }).getByRole('button', { name: 'Open saved page.html' }).click();
  const done = await download;
  expect(done.suggestedFilename()).toBe('saved page.html');
  expect(readFileSync(await done.path()).equals(files['saved page.html'])).toBe(true);
  expect(popups).toBe(0);
  expect(await page.title()).toBe(title);
  expect(wb.problems).toEqual([]);
}, 120_000);
