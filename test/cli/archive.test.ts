// Issue 13, preserved sources: `factdesk source archive ID` fetches the source's page from a local
// server and renders it with real headless Chromium into a full-page PNG and a PDF; each copy is
// evidence with SHA-256, size, media type and capture time, and reports list them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '@common/domain/evidence';
import { formatDateTime, formatNumber } from '@common/i18n/format';
import { assertBuilt, cli, SAMPLE, cliOk, sha256Hex } from './run';
import { startWebFixtures, type WebFixtures } from '../support/web-server';
import { evidenceChanges, rehashStored } from '../support/stored-bytes';

let dir: string;
let web: WebFixtures;

beforeAll(async () => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-archive-'));
  web = await startWebFixtures();
});

afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});



describe('factdesk source archive', () => {
  it('keeps the bytes, a full-page PNG and a PDF with hash, size, type and time; reports list them', async () => {
    const db = join(dir, 'desk.db');
    await cliOk(['import', SAMPLE, '--db', db]);
    await cliOk(['claim', 'add', '1', '--quote', 'Einsatz russischer Atomwaffen im Oktober abgeschlossen', '--db', db]);
    await cliOk(['source', 'add', '1', '--url', `${web.origin}/redirect`, '--title', 'Water rates', '--db', db]);
    const copies = JSON.parse(await cliOk(['source', 'archive', '1', '--db', db, '--json'])) as Evidence[];
    expect(copies.map((e) => [e.kind, e.mediaType])).toEqual([
      ['page', 'text/html'],
      ['screenshot', 'image/png'],
      ['pdf', 'application/pdf'],
    ]);
    const [page, png, pdf] = copies;
    // The page's bytes are exactly what the server sent, after the redirects.
    expect(page).toMatchObject({ url: `${web.origin}/article`, sha256: sha256Hex(web.served.get('/article')!), size: web.served.get('/article')!.length });
    for (const e of copies) {
      expect(Date.parse(e.capturedAt)).not.toBeNaN();
      expect(await rehashStored(db, e.sha256)).toBe(e.sha256);
      const out = join(dir, `copy-${e.id}`);
      await cliOk(['evidence', 'get', String(e.id), '--out', out, '--db', db]);
      const bytes = readFileSync(out);
      expect([sha256Hex(bytes), bytes.length]).toEqual([e.sha256, e.size]);
      if (e === png) expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      if (e === pdf) expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const md = await cliOk(['export', '--format', 'md', '--out', '-', '--db', db]);
    const html = await cliOk(['export', '--format', 'html', '--out', '-', '--db', db]);
    for (const e of copies) {
      // The capture time as the report language writes it, in UTC (the same report wherever it is written).
      const at = `${formatDateTime('en', e.capturedAt, 'UTC')} UTC`;
      expect(md).toContain(`captured ${at}, SHA-256 \`${e.sha256}\``);
      expect(html).toContain(`captured ${at}, SHA-256 <code>${e.sha256}</code>`);
    }
    // The size as the report language writes numbers ("123,456 bytes").
    expect(md).toContain(`   - Screenshot screenshot.png (image/png, ${formatNumber('en', png!.size)} bytes)`);
    // One change-log entry per copy, each with its hash; the page's says how it was fetched.
    const log = await evidenceChanges(db);
    expect(log.map((c) => [c.action, c.entity_id, (JSON.parse(c.after_json!) as { sha256: string }).sha256])).toEqual(copies.map((e) => ['create', e.id, e.sha256]));
    expect(JSON.parse(log[0]!.after_json!)).toMatchObject({
      kind: 'page',
      httpStatus: 200,
      redirects: [
        { status: 301, url: `${web.origin}/redirect` },
        { status: 302, url: `${web.origin}/moved` },
      ],
    });
  }, 240_000);

  it('refuses a source whose page cannot be fetched, and keeps nothing', async () => {
    const db = join(dir, 'missing.db');
    await cliOk(['import', SAMPLE, '--db', db]);
    await cliOk(['claim', 'add', '1', '--quote', 'Einsatz russischer Atomwaffen im Oktober abgeschlossen', '--db', db]);
    await cliOk(['source', 'add', '1', '--url', `${web.origin}/missing`, '--db', db]);
    const run = await cli(['source', 'archive', '1', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/\/missing answered HTTP 404 Not Found; nothing was archived\.$/);
    expect(JSON.parse(await cliOk(['evidence', 'list', '1', '--db', db, '--json']))).toEqual([]);
  }, 120_000);
});
