// Issue 9, point 5: files that are not articles are refused by `factdesk import` with exit 1, the
// file's name and a sentence, and the database is left as it was. Real files, real CLI processes.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, SAMPLE } from './run';

let dir: string;
let db: string;

beforeAll(async () => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-refusals-'));
  db = join(dir, 'desk.db');
  expect((await cli(['import', SAMPLE, '--db', db])).code).toBe(0);
  const claim = await cli(['claim', 'add', '1', '--quote', 'Einsatz russischer Atomwaffen im Oktober abgeschlossen', '--db', db]);
  expect(claim.code, claim.stderr).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `import` may change: the article list and the change log (both visible through the CLI). */
async function deskState(): Promise<string> {
  const articles = await cli(['articles', '--db', db, '--json']);
  const history = await cli(['show', '1', '--db', db, '--json']);
  return articles.stdout + history.stdout;
}

async function expectRefused(file: string, sentence: RegExp): Promise<void> {
  const before = await deskState();
  const run = await cli(['import', file, '--db', db]);
  expect(run.code, run.stdout).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(sentence);
  expect(await deskState()).toBe(before);
}

describe('factdesk import refuses what is not an article', () => {
  it('invalid UTF-8 with no plausible single-byte reading ("Ã( ¡" mojibake)', async () => {
    const file = join(dir, 'broken.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Title\n\nSome words, then '), Buffer.from([0xc3, 0x28, 0x20, 0xa1]), Buffer.from(' and more words.\n')]));
    await expectRefused(file, /^error: broken\.txt is not valid UTF-8 \(first bad byte at offset \d+\) and its encoding could not be recognised/m);
  });

  it('still reads a real windows-1252 file (German umlauts and the euro sign)', async () => {
    const file = join(dir, 'latin.txt');
    const text = 'Grüße aus Köln\n\nDas Straßenfest in der Südstadt kostet 5 € Eintritt, teilten die Veranstalter mit. Für Ärger sorgte die Sperrung.\n';
    writeFileSync(file, Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0)))));
    const run = await cli(['import', file, '--db', db]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Grüße aus Köln');
  });

  it('a SQLite database of any name, e.g. another Factdesk file', async () => {
    const file = join(dir, 'something.factdesk');
    copyFileSync(db, file);
    await expectRefused(file, /^error: something\.factdesk is a SQLite database file \(perhaps a Factdesk database\), not an article\. To work in it, open it: factdesk articles --db something\.factdesk, or File ▸ Open in the app\.$/m);
    const renamed = join(dir, 'notes.txt');
    copyFileSync(db, renamed);
    await expectRefused(renamed, /^error: notes\.txt is a SQLite database file/m);
  });

  it("Factdesk's own Web Annotation export, whatever its name, points to import-annotations", async () => {
    const file = join(dir, 'claims.jsonld');
    expect((await cli(['export', '--format', 'annotations', '--out', file, '--db', db])).code).toBe(0);
    await expectRefused(file, /^error: claims\.jsonld is a Web Annotation export \(JSON\), not an article\. To add its claims to the articles they belong to, use: factdesk import-annotations claims\.jsonld$/m);
    const renamed = join(dir, 'claims.txt');
    copyFileSync(file, renamed);
    await expectRefused(renamed, /^error: claims\.txt is a Web Annotation export \(JSON\)/m);
  });

  it('any other JSON file', async () => {
    const file = join(dir, 'data.json');
    writeFileSync(file, JSON.stringify({ items: [1, 2, 3], title: 'Not an article' }));
    await expectRefused(file, /^error: data\.json is a JSON file, not an article\. Factdesk imports text, Markdown and saved HTML pages\.$/m);
  });
});

describe('a refused import into a database that does not exist yet', () => {
  it('leaves no database file behind and does not say it created one; a good import still creates it', async () => {
    const work = mkdtempSync(join(dir, 'new-'));
    const empty = join(work, 'empty.txt');
    writeFileSync(empty, '\n');
    const fresh = join(work, 'fresh.factdesk');
    for (const file of [empty, join(work, 'missing.txt')]) {
      const run = await cli(['import', file, '--db', fresh]);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).not.toMatch(/Created/);
      expect(readdirSync(work)).toEqual(['empty.txt']);
    }
    const good = await cli(['import', SAMPLE, empty, '--db', fresh]);
    expect(good.code).toBe(1);
    expect(good.stderr).toContain(`Created a new Factdesk database at ${fresh}`);
    expect(readdirSync(work).sort()).toEqual(['empty.txt', 'fresh.factdesk']);
  });
});
