// Issue 15: a German desk reads import refusals in German. `factdesk import` under
// LANG=de_DE.UTF-8 says why a file or a web page was refused from the catalogue
// (common:problem.import.*), with the file's name; English stays the core's sentence.
// Real files, a real local web server, real CLI processes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli } from './run';
import { startWebFixtures, type WebFixtures } from '../support/web-server';

const GERMAN = { LANG: 'de_DE.UTF-8' };

let dir: string;
let db: string;
let web: WebFixtures;

beforeAll(async () => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-refusals-de-'));
  db = join(dir, 'desk.db');
  expect((await cli(['articles', '--db', db])).code).toBe(0);
  web = await startWebFixtures();
});

afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The one line a refused import prints, in German. */
async function refusedInGerman(target: string): Promise<string> {
  const run = await cli(['import', target, '--db', db], GERMAN);
  expect(run.code, run.stdout).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('factdesk import under LANG=de_DE.UTF-8 says refusals in German', () => {
  it('an empty file', async () => {
    const file = join(dir, 'leer.txt');
    writeFileSync(file, '');
    expect(await refusedInGerman(file)).toBe('Fehler: leer.txt ist leer');
  });

  it('a file that does not exist', async () => {
    const file = join(dir, 'fehlt.txt');
    expect(await refusedInGerman(file)).toBe(`Fehler: ${file} gibt es nicht.`);
  });

  it('a binary file (NUL bytes)', async () => {
    const file = join(dir, 'binaer.txt');
    writeFileSync(file, Buffer.from([0x48, 0x61, 0x00, 0x6c, 0x6c, 0x6f, 0x00, 0x00]));
    expect(await refusedInGerman(file)).toBe('Fehler: binaer.txt sieht nach einer Binärdatei aus (enthält NUL-Bytes), nicht nach einem Artikel');
  });

  it('a SQLite database file', async () => {
    const file = join(dir, 'andere.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(100)]));
    expect(await refusedInGerman(file)).toBe(
      'Fehler: andere.txt ist eine SQLite-Datenbankdatei (vielleicht eine Factdesk-Datenbank), kein Artikel. Um darin zu arbeiten, öffnen Sie sie: factdesk articles --db andere.txt, oder Datei ▸ Öffnen in der App.',
    );
  });

  it('a JSON file', async () => {
    const file = join(dir, 'daten.txt');
    writeFileSync(file, '{"title": "Kein Artikel", "items": [1, 2, 3]}\n');
    expect(await refusedInGerman(file)).toBe('Fehler: daten.txt ist eine JSON-Datei, kein Artikel. Factdesk importiert Text, Markdown und gespeicherte HTML-Seiten.');
  });

  it('a file too large, with the size written the German way', async () => {
    const file = join(dir, 'gross.txt');
    writeFileSync(file, Buffer.alloc(Math.round(21.5 * 1024 * 1024), 0x61));
    expect(await refusedInGerman(file)).toBe('Fehler: gross.txt ist 22 MB groß; Factdesk importiert Artikel bis 20 MB');
  });

  it('a web page answering HTTP 404', async () => {
    expect(await refusedInGerman(`${web.origin}/missing`)).toBe(`Fehler: ${web.origin}/missing antwortete mit HTTP 404 Not Found; nichts wurde importiert.`);
  });

  it('a web page with no article', async () => {
    expect(await refusedInGerman(`${web.origin}/no-article`)).toBe(
      `Fehler: ${web.origin}/no-article ist eine HTML-Seite ohne Artikel darin (nichts Lesbares zu importieren); nichts wurde importiert.`,
    );
  });

  it('a file refused as a new version of an article (--version-of)', async () => {
    const file = join(dir, 'leer.txt');
    writeFileSync(file, '');
    const run = await cli(['import', file, '--version-of', '1', '--db', db], GERMAN);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('Fehler: leer.txt ist leer');
  });

  it('a new version whose text another article already has (the error path)', async () => {
    const first = join(dir, 'erster.txt');
    const second = join(dir, 'zweiter.txt');
    writeFileSync(first, 'Erster Artikel\n\nDie Wasserpreise steigen um zwölf Prozent, sagt der Bericht.\n');
    writeFileSync(second, 'Zweiter Artikel\n\nDer Stadtrat berät am Montag über den Haushalt.\n');
    const imported = await cli(['import', first, second, '--db', db, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    const [a, b] = JSON.parse(imported.stdout) as Array<{ articleId: number }>;
    const run = await cli(['import', second, '--version-of', String(a!.articleId), '--db', db], GERMAN);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`Fehler: Der neue Text ist schon als Artikel ${b!.articleId} gespeichert; Artikel ${a!.articleId} behält seine Version 1.`);
  });

  it('English is unchanged', async () => {
    const file = join(dir, 'leer.txt');
    const run = await cli(['import', file, '--db', db]);
    expect(run.stderr.trim()).toBe('error: leer.txt is empty');
  });
});
