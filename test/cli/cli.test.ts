// The command line as a user meets it: real processes on real database files. Covers issue 2's
// "done means" (import fields, claim selectors, stale update refused) and the exit codes.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, cli, SAMPLE } from './run';

const QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
let dir: string;

beforeAll(async () => {
  assertBuilt();
  dir = await mkdtemp(join(tmpdir(), 'factdesk-cli-'));
});

async function importSample(db: string): Promise<number> {
  const r = await cli(['import', SAMPLE, '--db', db, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as Array<{ articleId: number }>)[0]!.articleId;
}

describe('factdesk import / claim / source', () => {
  it('imports the sample article and prints its fields', async () => {
    const r = await cli(['import', SAMPLE, '--db', join(dir, 'a.db'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const [outcome] = JSON.parse(r.stdout) as Array<{ ok: boolean; article: Record<string, unknown> }>;
    expect(outcome!.ok).toBe(true);
    const a = outcome!.article;
    expect(a.title).toBe(
      'Putin und Lukaschenko treffen sich in St. Petersburg, um Möglichkeiten zur Erweiterung des russisch-weißrussischen Bündnisses zu besprechen',
    );
    expect(a.subtitle).toBe('Putin und Lukaschenko treffen sich in St Petersburg um Moeglichkeiten');
    expect(a.dateline).toBe('ST PETERSBURG');
    expect(a.category).toBe('toi-allgemeines');
    expect(a.language).toBe('de');
    const paragraphs = String(a.text).split('\n\n');
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toMatch(/^ST PETERSBURG: Die Staats- und Regierungschefs/);
    expect(paragraphs[6]).toBe(
      'Lukaschenko sagte letzten Monat, dass der Einsatz russischer Atomwaffen im Oktober abgeschlossen sei. Er sagte nicht, wie viele von ihnen in Weißrussland stationiert seien.',
    );
    expect(String(a.text)).not.toContain('toi-allgemeines');
  });

  it('does not duplicate an article imported twice', async () => {
    const db = join(dir, 'dup.db');
    await importSample(db);
    const again = await cli(['import', SAMPLE, '--db', db, '--json']);
    expect(JSON.parse(again.stdout)[0]).toMatchObject({ ok: true, duplicate: true, articleId: 1 });
    const list = await cli(['articles', '--db', db, '--json']);
    expect(JSON.parse(list.stdout)).toMatchObject({ articles: [{ id: 1 }], total: 1 });
  });

  it('adds the October claim with W3C selectors that index the stored text', async () => {
    const db = join(dir, 'claim.db');
    const id = await importSample(db);
    const r = await cli(['claim', 'add', String(id), '--quote', QUOTE, '--claimant', 'Lukaschenko', '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const claim = JSON.parse(r.stdout) as { quote: { exact: string; prefix: string; suffix: string }; position: { start: number; end: number } };
    expect(claim.quote.exact).toBe(QUOTE);
    expect(claim.quote.prefix.endsWith('dass der ')).toBe(true);
    expect(claim.quote.suffix.startsWith(' sei.')).toBe(true);
    const shown = JSON.parse((await cli(['show', String(id), '--db', db, '--json'])).stdout) as { article: { text: string } };
    expect(shown.article.text.slice(claim.position.start, claim.position.end)).toBe(QUOTE);
  });

  it('refuses a stale update with exit 3 and changes nothing', async () => {
    const db = join(dir, 'stale.db');
    const id = await importSample(db);
    await cli(['claim', 'add', String(id), '--quote', QUOTE, '--db', db]);
    const first = await cli(['claim', 'update', '1', '--expect-rev', '1', '--verdict', 'Mostly true', '--rationale', 'first', '--db', db, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ revision: 2, verdict: 'mostly_true' });
    const before = (await cli(['show', String(id), '--db', db, '--json'])).stdout;
    const stale = await cli(['claim', 'update', '1', '--expect-rev', '1', '--verdict', 'False', '--rationale', 'second', '--db', db]);
    expect(stale.code).toBe(3);
    expect(stale.stderr).toMatch(/changed by someone else/);
    expect((await cli(['show', String(id), '--db', db, '--json'])).stdout).toBe(before);
  });

  it('attaches a source and refuses a non-web URL', async () => {
    const db = join(dir, 'source.db');
    const id = await importSample(db);
    await cli(['claim', 'add', String(id), '--quote', QUOTE, '--db', db]);
    const ok = await cli(['source', 'add', '1', '--url', 'https://example.org/a', '--title', 'Report', '--stance', 'refutes', '--db', db, '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ claimId: 1, url: 'https://example.org/a', stance: 'refutes' });
    const bad = await cli(['source', 'add', '1', '--url', 'javascript:alert(1)', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/http/);
  });
});

describe('exit codes and messages', () => {
  it('a quote that is not in the article is bad input (1)', async () => {
    const db = join(dir, 'q.db');
    const id = await importSample(db);
    const r = await cli(['claim', 'add', String(id), '--quote', 'steht nicht im Text', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not occur/);
  });

  it('usage errors exit 2; --help exits 0', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['claim', 'add', '1', '--db', join(dir, 'u.db')])).code).toBe(2); // --quote missing
    expect((await cli(['claim', 'update', '1', '--expect-rev', 'abc', '--db', join(dir, 'u.db')])).code).toBe(2);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/import/);
    const sub = await cli(['claim', 'add', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toMatch(/--occurrence/);
  });

  it('refuses a file that is not a database, without touching it (1)', async () => {
    const notDb = join(dir, 'notes.txt');
    await writeFile(notDb, 'my notes, not a database\n');
    const r = await cli(['articles', '--db', notDb]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a SQLite|not a Factdesk|not SQLite/i);
    expect(await readFile(notDb, 'utf8')).toBe('my notes, not a database\n');
  });

  it('a missing path fails alone; the other files are imported', async () => {
    const db = join(dir, 'partial.db');
    const r = await cli(['import', join(dir, 'no-such-file.txt'), SAMPLE, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no-such-file\.txt does not exist/);
    expect(r.stdout).toMatch(/^1\tPutin und Lukaschenko/);
  });
});

describe('claims travel between databases as Web Annotations', () => {
  it('re-imports an annotation export into another database holding the same text', async () => {
    const one = join(dir, 'one.db');
    const two = join(dir, 'two.db');
    const id = await importSample(one);
    await cli(['claim', 'add', String(id), '--quote', QUOTE, '--claimant', 'Lukaschenko', '--db', one]);
    await cli(['claim', 'update', '1', '--expect-rev', '1', '--verdict', 'Mostly true', '--rationale', 'Per the defence ministry', '--db', one]);
    await cli(['source', 'add', '1', '--url', 'https://example.org/evidence', '--title', 'Evidence', '--stance', 'supports', '--db', one]);
    const exportFile = join(dir, 'claims.annotations.json');
    expect((await cli(['export', '--format', 'annotations', '--out', exportFile, '--db', one])).code).toBe(0);

    await importSample(two);
    const r = await cli(['import-annotations', exportFile, '--db', two, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: [{ claimId: 1, articleId: 1, exactMatch: true }], skipped: [] });

    const a = JSON.parse((await cli(['show', '1', '--db', one, '--json'])).stdout);
    const b = JSON.parse((await cli(['show', '1', '--db', two, '--json'])).stdout);
    expect(b.claims[0].position).toEqual(a.claims[0].position);
    expect(b.claims[0].quote).toEqual(a.claims[0].quote);
    expect(b.article.text.slice(b.claims[0].position.start, b.claims[0].position.end)).toBe(QUOTE);
    expect(b.claims[0]).toMatchObject({ claimant: 'Lukaschenko', verdict: 'mostly_true', rationale: 'Per the defence ministry', status: 'draft' });
    expect(b.sources[0]).toMatchObject({ url: 'https://example.org/evidence', title: 'Evidence', stance: 'supports' });

    // A second import finds the claim already there instead of duplicating it.
    const again = JSON.parse((await cli(['import-annotations', exportFile, '--db', two, '--json'])).stdout);
    expect(again.imported).toEqual([]);
    expect(again.skipped[0].reason).toMatch(/Already here as claim 1/);
  });

  it('re-anchors on a corrected text by the quote, and skips a quote that is gone', async () => {
    const one = join(dir, 'orig.db');
    const id = await importSample(one);
    await cli(['claim', 'add', String(id), '--quote', QUOTE, '--db', one]);
    await cli(['claim', 'add', String(id), '--quote', 'Lukaschenko erlaubte dem Kreml', '--db', one]);
    const exportFile = join(dir, 'two-claims.annotations.json');
    await cli(['export', '--format', 'annotations', '--out', exportFile, '--db', one]);
    // A corrected article at the same URL would do too; here the other database holds a text
    // with an inserted paragraph and without the Kremlin sentence, and the export names its hash.
    const original = await readFile(SAMPLE, 'utf8');
    const corrected = original
      .replace('Lukaschenko erlaubte dem Kreml im Februar 2022, belarussisches Territorium für die Entsendung von Truppen in die Ukraine zu nutzen.\n', 'Korrektur: Ein Absatz wurde entfernt.\n')
      .replace('Im vergangenen Jahr', 'Nachtrag der Redaktion.\nIm vergangenen Jahr');
    const exported = JSON.parse(await readFile(exportFile, 'utf8'));
    const correctedFile = join(dir, 'corrected.txt');
    await writeFile(correctedFile, corrected);
    const two = join(dir, 'corrected.db');
    const imported = JSON.parse((await cli(['import', correctedFile, '--db', two, '--json'])).stdout)[0];
    // Point the export at the corrected article's text, as a newsroom would after a correction.
    const retarget = JSON.stringify(exported).split(exported.first?.items?.[0]?.target?.source ?? 'urn:none').join(`urn:sha256:${imported.article.contentHash}`);
    const fixed = retarget.replace(/"factdesk:textSha256":"[0-9a-f]+"/g, `"factdesk:textSha256":"${imported.article.contentHash}"`);
    await writeFile(exportFile, fixed);
    const r = JSON.parse((await cli(['import-annotations', exportFile, '--db', two, '--json'])).stdout);
    expect(r.imported).toHaveLength(1);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0].reason).toMatch(/no longer in article/);
    const shown = JSON.parse((await cli(['show', '1', '--db', two, '--json'])).stdout);
    const c = shown.claims[0];
    expect(shown.article.text.slice(c.position.start, c.position.end)).toBe(QUOTE);
  });
});
