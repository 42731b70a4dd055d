// Issue 13, WACZ export: `factdesk export --format wacz` writes the captured pages and evidence
// files of the reported claims. The ZIP is opened with the system's unzip, the WARC read by a
// reader written from the standard (test/support/warc-reader.ts), and every digest checked:
// WARC-Payload-Digest against the payload, the payload against what was served or attached,
// datapackage.json's hashes against the files.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cliOk } from './run';
import { startWebFixtures, type WebFixtures } from '../support/web-server';
import { unpackWacz } from '../support/warc-reader';

let dir: string;
let web: WebFixtures;

beforeAll(async () => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-wacz-'));
  web = await startWebFixtures();
});

afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('factdesk export --format wacz', () => {
  it('archives the captured page and the evidence file with digests an independent reader verifies', async () => {
    const db = join(dir, 'desk.db');
    await cliOk(['import', `${web.origin}/article`, '--db', db]);
    await cliOk(['claim', 'add', '1', '--quote', 'Paragraph 2 of the report on water rates', '--db', db]);
    await cliOk(['source', 'add', '1', '--url', 'https://example.org/photo', '--db', db]);
    const photo = join(dir, 'meeting photo.png');
    writeFileSync(photo, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(1.5 * 1024 * 1024)]));
    await cliOk(['evidence', 'add', '1', photo, '--db', db]);
    const wacz = join(dir, 'desk.wacz');
    await cliOk(['export', '--format', 'wacz', '--out', wacz, '--db', db]);

    const { datapackage, records, folder: unpacked } = unpackWacz(wacz, join(dir, 'unpacked'));
    expect(datapackage.wacz_version).toBe('1.1.1');
    expect(datapackage.resources.map((r) => r.path).sort()).toEqual(['archive/data.warc', 'indexes/index.cdxj', 'pages/pages.jsonl']);
    expect(records.map((r) => r.headers.get('warc-type'))).toEqual(['warcinfo', 'response', 'resource']);
    const [, page, file] = records;
    expect(page!.headers.get('warc-target-uri')).toBe(`${web.origin}/article`);
    expect(page!.payload.equals(web.served.get('/article')!)).toBe(true);
    expect(file!.headers.get('content-type')).toBe('image/png');
    expect(file!.payload.equals(readFileSync(photo))).toBe(true);

    const pages = readFileSync(join(unpacked, 'pages/pages.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(pages[0]).toMatchObject({ format: 'json-pages-1.0' });
    expect(pages.slice(1).map((p) => [p.url, p.title])).toEqual([[`${web.origin}/article`, 'Water rates rise by 12 percent']]);
    const index = readFileSync(join(unpacked, 'indexes/index.cdxj'), 'utf8');
    expect(index).toContain(`"url":"${web.origin}/article"`);
  }, 180_000);
});
