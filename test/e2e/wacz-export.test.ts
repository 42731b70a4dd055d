// Issue 13, WACZ from the workbench: the export dialog offers WACZ; saving it downloads the
// selected claims' captured page and evidence files as a web archive. The download is unpacked
// with the system's unzip and read with the tests' own WARC reader (not warcio, which wrote it):
// every digest checked, the payloads equal to what was served or attached, and evidence of a
// claim that was not selected left out.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { startWorkbench, type Workbench } from './harness';
import { startWebFixtures, type WebFixtures } from '../support/web-server';
import { unpackWacz } from '../support/warc-reader';

const SELECTED = 'Paragraph 2 of the report on water rates';
const OTHER = 'Paragraph 3 of the report on water rates';

let wb: Workbench;
let page: Page;
let web: WebFixtures;
let dir: string;
let photo: Buffer;
let memo: Buffer;

async function cliOk(args: string[]): Promise<string> {
  const run = await wb.cli(args);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-e2e-wacz-'));
  web = await startWebFixtures();
  wb = await startWorkbench();
  page = wb.page;
  await cliOk(['import', `${web.origin}/article`]);
  await cliOk(['claim', 'add', '1', '--quote', SELECTED]);
  await cliOk(['claim', 'add', '1', '--quote', OTHER]);
  await cliOk(['source', 'add', '1', '--url', 'https://example.org/photo']);
  await cliOk(['source', 'add', '2', '--url', 'https://example.org/memo']);
  photo = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(300_000)]);
  memo = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(20_000)]);
  writeFileSync(join(dir, 'meeting photo.png'), photo);
  writeFileSync(join(dir, 'memo.pdf'), memo);
  await cliOk(['evidence', 'add', '1', join(dir, 'meeting photo.png')]);
  await cliOk(['evidence', 'add', '2', join(dir, 'memo.pdf')]);
  await page.goto(wb.url);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Water rates rise/ }).click();
  await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: new RegExp(SELECTED) }).waitFor();
}, 120_000);

afterAll(async () => {
  await wb?.close();
  await web?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('WACZ from the export dialog', () => {
  it('downloads the selected claim’s captured page and evidence as a WACZ whose digests verify', async () => {
    await page.getByRole('region', { name: /^Claims/ }).getByRole('checkbox', { name: new RegExp(SELECTED) }).check();
    await page.getByRole('button', { name: 'Export report' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    expect(await dialog.getByRole('radio', { name: /^The selected claim/ }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: /^WACZ/ }).check();
    const download: Promise<Download> = page.waitForEvent('download', { timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Save WACZ', exact: true }).click();
    const done = await download;
    expect(done.suggestedFilename()).toMatch(/^factdesk-article-1-\d{4}-\d{2}-\d{2}\.wacz$/);
    const wacz = join(dir, 'saved.wacz');
    writeFileSync(wacz, readFileSync(await done.path()));

    const { datapackage, records } = unpackWacz(wacz, join(dir, 'unpacked'));
    expect(datapackage.resources.map((r) => r.path).sort()).toEqual(['archive/data.warc', 'indexes/index.cdxj', 'pages/pages.jsonl']);
    expect(records.map((r) => r.headers.get('warc-type'))).toEqual(['warcinfo', 'response', 'resource']);
    const [, captured, file] = records;
    expect(captured!.headers.get('warc-target-uri')).toBe(`${web.origin}/article`);
    expect(captured!.payload.equals(web.served.get('/article')!)).toBe(true);
    expect(file!.payload.equals(photo)).toBe(true);
    // The memo belongs to the claim that was not selected.
    expect(records.some((r) => r.payload.equals(memo))).toBe(false);
    await dialog.getByRole('status').getByText(/^Saved factdesk-article-1-.*\.wacz\.$/).waitFor();
  }, 120_000);
});
