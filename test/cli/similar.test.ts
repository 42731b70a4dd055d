// `factdesk similar` (issue 14.3) as a real process: claims from other articles like a stored claim
// or a typed text, German and English, as lines or --json; bad input is one sentence.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../core/store/temp';
import { assertBuilt, cli } from './run';

let dir: string;
let db: string;

async function article(name: string, title: string, body: string, quote: string): Promise<number> {
  const file = join(dir, name);
  await writeFile(file, `${title}\n\n${body}\n`);
  const imported = await cli(['import', file, '--db', db, '--json']);
  expect(imported.code, imported.stderr).toBe(0);
  const articleId = (JSON.parse(imported.stdout) as Array<{ articleId: number }>)[0]!.articleId;
  const added = await cli(['claim', 'add', String(articleId), '--quote', quote, '--verdict', 'False', '--db', db, '--json']);
  expect(added.code, added.stderr).toBe(0);
  return (JSON.parse(added.stdout) as { id: number }).id;
}

let de: number[];
let en: number[];

beforeAll(async () => {
  assertBuilt();
  dir = tempDir('factdesk-similar-cli-');
  db = join(dir, 'desk.db');
  de = [
    await article('a.txt', 'Atomwaffen in Belarus', 'Lukaschenko sagte, der Einsatz russischer Atomwaffen in Belarus sei im Oktober abgeschlossen worden.', 'der Einsatz russischer Atomwaffen in Belarus sei im Oktober abgeschlossen worden'),
    await article('b.txt', 'Atomwaffeneinsatz beendet', 'Der Atomwaffeneinsatz in Belarus wurde nach Angaben Lukaschenkos im Oktober abgeschlossen.', 'Der Atomwaffeneinsatz in Belarus wurde nach Angaben Lukaschenkos im Oktober abgeschlossen'),
  ];
  en = [
    await article('c.txt', 'Jobs report', 'Unemployment fell to 3.5 percent last year, the lowest rate since 1969, the minister said.', 'Unemployment fell to 3.5 percent last year, the lowest rate since 1969'),
    await article('d.txt', 'Minister on jobs', 'Last year unemployment fell to 3.5 percent, the lowest rate since 1969.', 'Last year unemployment fell to 3.5 percent, the lowest rate since 1969'),
  ];
});
afterAll(removeTempDirs);

interface Found {
  thresholds: { suggest: number; same: number };
  claims: Array<{ claimId: number; articleId: number; articleTitle: string; verdict: string | null; status: string; score: number; sameClaim: boolean }>;
}

describe('factdesk similar', () => {
  it('German: lists the other article\'s claim with verdict, status and article', async () => {
    const r = await cli(['similar', String(de[1]), '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^similar\\t0\\.\\d\\d\\t#${de[0]}\\tFalse\\tDraft\\tder Einsatz russischer Atomwaffen .*\\(article #1: Atomwaffen in Belarus\\)$`));
  });

  it('English --json: the reworded claim is probably the same claim', async () => {
    const r = await cli(['similar', String(en[0]), '--json', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const found = JSON.parse(r.stdout) as Found;
    expect(found.claims.map((c) => [c.claimId, c.sameClaim, c.articleTitle, c.verdict, c.status])).toEqual([
      [en[1], true, 'Minister on jobs', 'false', 'draft'],
    ]);
  });

  it('--text finds stored claims like a typed sentence', async () => {
    const r = await cli(['similar', '--text', 'Der Atomwaffeneinsatz in Belarus ist abgeschlossen', '--json', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Found).claims.map((c) => c.claimId)).toContain(de[1]);
  });

  it('refuses both or neither of claim id and --text, and an unknown claim, with one sentence', async () => {
    const neither = await cli(['similar', '--db', db]);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toMatch(/Give a claim id or --text, one of them\./);
    const both = await cli(['similar', '1', '--text', 'x', '--db', db]);
    expect(both.code).toBe(2);
    const missing = await cli(['similar', '999', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no claim 999\./);
  });
});
