// Issue 13, import from the web: `factdesk import URL` against a local server. The stored snapshot
// hashes to exactly the bytes served; redirects, canonical address, status and time are recorded;
// every refusal is one sentence and leaves the file as it was. Real server, real CLI processes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleVersion } from '@common/domain/evidence';
import { assertBuilt, cli, sha256Hex } from './run';
import { closedPort, HEADER_CHARSET_PARAGRAPH, HEADER_CHARSET_TEXT, startWebFixtures, type WebFixtures } from '../support/web-server';
import { evidenceRowCounts, rehashStored } from '../support/stored-bytes';

let dir: string;
let web: WebFixtures;
let n = 0;

beforeAll(async () => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-web-import-'));
  web = await startWebFixtures();
});

afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});


/** A fresh database per test. */
async function freshDb(): Promise<string> {
  const db = join(dir, `desk-${++n}.db`);
  expect((await cli(['articles', '--db', db])).code).toBe(0);
  return db;
}

async function versionsOf(db: string, articleId: number): Promise<ArticleVersion[]> {
  const run = await cli(['versions', String(articleId), '--db', db, '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ArticleVersion[];
}

describe('factdesk import <URL>', () => {
  it('stores the article, its capture and the original bytes, whose SHA-256 is that of the bytes served', async () => {
    const db = await freshDb();
    const url = `${web.origin}/redirect`;
    const run = await cli(['import', url, '--db', db, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const [outcome] = JSON.parse(run.stdout) as Array<{ ok: boolean; articleId: number; article: { title: string; url: string; text: string } }>;
    expect(outcome?.ok).toBe(true);
    expect(outcome?.article.title).toBe('Water rates rise by 12 percent');
    expect(outcome?.article.text).toContain('Paragraph 4 of the report on water rates');
    const [v1] = await versionsOf(db, outcome!.articleId);
    const served = web.served.get('/article')!;
    expect(v1?.capture).toMatchObject({
      requestedUrl: url,
      finalUrl: `${web.origin}/article`,
      canonicalUrl: `${web.origin}/article`,
      redirects: [
        { url, status: 301 },
        { url: `${web.origin}/moved`, status: 302 },
      ],
      httpStatus: 200,
      contentType: 'text/html; charset=utf-8',
      snapshotSha256: sha256Hex(served),
      snapshotSize: served.length,
    });
    expect(Date.parse(v1!.capture!.fetchedAt)).not.toBeNaN();
    // Read back as another program would: the chunks hash to what the server sent.
    expect(await rehashStored(db, v1!.capture!.snapshotSha256)).toBe(sha256Hex(served));
  });

  it('honours a charset named only in the Content-Type header', async () => {
    const db = await freshDb();
    const run = await cli(['import', `${web.origin}/header-charset`, '--db', db, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const [outcome] = JSON.parse(run.stdout) as Array<{ article: { title: string; text: string } }>;
    expect(outcome?.article.title).toBe(HEADER_CHARSET_TEXT);
    expect(outcome?.article.text).toContain(HEADER_CHARSET_PARAGRAPH);
  });

  it('reads a gzip-encoded page and keeps its decoded bytes', async () => {
    const db = await freshDb();
    const run = await cli(['import', `${web.origin}/gzip`, '--db', db, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const [outcome] = JSON.parse(run.stdout) as Array<{ articleId: number; article: { title: string } }>;
    expect(outcome?.article.title).toBe('Gzipped water rates rise by 12 percent');
    const [v1] = await versionsOf(db, outcome!.articleId);
    expect(v1?.capture?.snapshotSha256).toBe(sha256Hex(web.served.get('/gzip')!));
  });

  describe('refuses with a sentence and writes nothing', () => {
    const cases: Array<[string, () => string, string[], RegExp]> = [
      ['an unreachable host', () => `http://127.0.0.1:${unreachablePort}/article`, [], /could not be reached \(connection refused\); nothing was imported\./],
      ['HTTP 404', () => `${web.origin}/missing`, [], /\/missing answered HTTP 404 Not Found; nothing was imported\./],
      ['HTTP 500', () => `${web.origin}/broken`, [], /\/broken answered HTTP 500 Internal Server Error; nothing was imported\./],
      ['a non-HTML response', () => `${web.origin}/document.pdf`, [], /is not a web page \(it is application\/pdf\)/],
      ['a page over the size limit', () => `${web.origin}/huge`, [], /\/huge is larger than 20 MB, the most Factdesk fetches; nothing was imported\./],
      ['a page slower than the timeout', () => `${web.origin}/slow`, ['--timeout', '1'], /\/slow did not answer within 1 second; nothing was imported\./],
      ['a page with no article', () => `${web.origin}/no-article`, [], /\/no-article is an HTML page with no article in it/],
    ];
    let unreachablePort = 0;
    beforeAll(async () => {
      unreachablePort = await closedPort();
    });
    for (const [what, url, extra, sentence] of cases) {
      it(what, async () => {
        const db = await freshDb();
        const before = await evidenceRowCounts(db);
        const run = await cli(['import', url(), ...extra, '--db', db]);
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr.trim()).toMatch(sentence);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(await evidenceRowCounts(db)).toEqual(before);
      });
    }
  });
});
