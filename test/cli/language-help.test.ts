// The parts of the German command line that were English after the first pass (issue 15):
// commander's generated help and its parse errors, the checkworthy and similar columns, and the
// core's validation refusals (verdict colours, the URL pattern, input details), all in German
// under LANG=de_DE.UTF-8, with the English run unchanged.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, SAMPLE } from './run';
import { removeTempDirs, tempDir } from '../core/store/temp';

const GERMAN = { LANG: 'de_DE.UTF-8' };
const QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
let dir: string;
let db: string;

beforeAll(async () => {
  assertBuilt();
  dir = tempDir('factdesk-language-help-');
  db = join(dir, 'desk.db');
  const imported = await cli(['import', SAMPLE, '--db', db], GERMAN);
  expect(imported.code, imported.stderr).toBe(0);
  const claim = await cli(['claim', 'add', '1', '--quote', QUOTE, '--verdict', 'Falsch', '--db', db], GERMAN);
  expect(claim.code, claim.stderr).toBe(0);
});
afterAll(removeTempDirs);

describe('commander’s help and parse errors', () => {
  it('writes the program’s help in German: headings, usage words, descriptions', async () => {
    const r = await cli(['--help'], GERMAN);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Aufruf: factdesk [Optionen] [Befehl]');
    expect(r.stdout).toMatch(/^Optionen:$/m);
    expect(r.stdout).toMatch(/^Befehle:$/m);
    expect(r.stdout).toMatch(/-h, --help +zeigt die Hilfe zu einem Befehl/);
    expect(r.stdout).toMatch(/-V, --version +zeigt die Versionsnummer/);
    expect(r.stdout).toMatch(/checkworthy \[Optionen\] \[Datei\] +bewertet Sätze/);
    expect(r.stdout).not.toMatch(/Usage:|Options:|Commands:|display help/);
    // Wrapped to 80 columns like the English help, though the German terms are wider.
    expect(r.stdout.split('\n').filter((line) => line.length > 80)).toEqual([]);
  });

  it('writes a command’s help in German, options and arguments included (--lang de without LANG)', async () => {
    const r = await cli(['--lang', 'de', 'checkworthy', '--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Aufruf: factdesk checkworthy [Optionen] [Datei]');
    expect(r.stdout).toMatch(/^Argumente:$/m);
    expect(r.stdout).toMatch(/--article <ID> +ordnet die Sätze dieses Artikels/);
    expect(r.stdout).toMatch(/--db <Pfad> +Datenbankdatei/);
  });

  it('keeps the English help under LANG=C', async () => {
    const r = await cli(['checkworthy', '--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Usage: factdesk checkworthy [options] [file]');
    expect(r.stdout).toMatch(/--article <id> +rank this article's sentences/);
    expect(r.stdout).toMatch(/-h, --help +display help for command/);
  });

  it('says parse errors in German, with the suggestion, exit 2', async () => {
    const unknownOption = await cli(['articles', '--serch', 'x', '--db', db], GERMAN);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toBe('Fehler: unbekannte Option „--serch“\n(Meinten Sie --search?)\n(Hilfe zum Aufruf: --help)\n');
    const unknownCommand = await cli(['improt', SAMPLE], GERMAN);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toMatch(/^Fehler: unbekannter Befehl „improt“\n\(Meinten Sie import\?\)\n/);
    const missing = await cli(['show'], GERMAN);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Fehler: das Argument „Artikel-ID“ fehlt\n/);
    const english = await cli(['articles', '--serch', 'x', '--db', db]);
    expect(english.stderr).toBe("error: unknown option '--serch'\n(Did you mean --search?)\n(run with --help for usage)\n");
  });
});

describe('checkworthy and similar columns', () => {
  it('says yes/no of checkworthy in German, with German decimals', async () => {
    const file = join(dir, 'de.txt');
    await writeFile(file, 'Die Arbeitslosenquote ist im vergangenen Jahr auf 5,2 Prozent gestiegen.\nIch wünsche Ihnen allen einen schönen Abend.\n');
    const r = await cli(['checkworthy', file], GERMAN);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows.map(([score, yes]) => [/^0,\d{3}$/.test(score ?? ''), yes])).toEqual([
      [true, 'ja'],
      [true, 'nein'],
    ]);
  });

  it('marks an article’s suggested sentences in German', async () => {
    const r = await cli(['checkworthy', '--article', '1', '--db', db], GERMAN);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^1\t0,\d{3}\tvorgeschlagen\t/m);
    expect(r.stdout).not.toMatch(/suggested/);
  });

  it('lists similar claims in German: kind, decimals, verdict, status and the article', async () => {
    const r = await cli(['similar', '--text', 'Der Einsatz russischer Atomwaffen ist im Oktober abgeschlossen', '--db', db], GERMAN);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^(ähnlich|gleich)\t\d,\d\d\t#1\tFalsch\tEntwurf\t.*\t\(Artikel #1: .+\)$/m);
  });
});

describe('validation refusals from the core', () => {
  const refusedInGerman = async (args: string[], stderr: RegExp): Promise<void> => {
    const r = await cli([...args, '--db', db], { ...GERMAN, FACTDESK_REVIEWER: 'Anna' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  };

  it('says a verdict colour’s contrast and closeness problems in German', async () => {
    await refusedInGerman(
      ['verdicts', 'add', '--label', 'Pale', '--label-de', 'Blass', '--rating', '3', '--color', '#d4a72c'],
      /^Fehler: Die Farbe #d4a72c hat im hellen Design einen Kontrast von 2,2:1; eine Bewertungsfarbe braucht dort mindestens 3:1\.\n$/,
    );
    await refusedInGerman(
      ['verdicts', 'add', '--label', 'Reddish', '--label-de', 'Rötlich', '--rating', '1', '--color', '#cf2430'],
      /^Fehler: Die Farbe #cf2430 ist zu nah an der Farbe von „Falsch“ \(#[0-9a-f]{6}\); wählen Sie eine, die man auf einen Blick unterscheidet\.\n$/,
    );
  });

  it('says the verdict scale’s other refusals in German: a label taken, a rating outside the scale, equal ratings', async () => {
    await refusedInGerman(
      ['verdicts', 'add', '--label', 'Untrue', '--label-de', 'Falsch', '--rating', '1', '--color', '#0969da'],
      /^Fehler: Die deutsche Bezeichnung „Falsch“ hat schon die Bewertung „Falsch“\.\n$/,
    );
    await refusedInGerman(
      ['verdicts', 'add', '--label', 'Way off', '--label-de', 'Weit daneben', '--rating', '9', '--color', '#0969da'],
      /^Fehler: Die Wertung 9 liegt außerhalb der Skala \(1 am schlechtesten bis 5 am besten\); geben Sie eine Zahl darin an, oder keine\.\n$/,
    );
    await refusedInGerman(['verdicts', 'scale', '--worst', '3', '--best', '3'], /^Fehler: Die schlechteste und die beste Wertung müssen sich unterscheiden \(beide sind 3\)\.\n$/);
  });

  it('says the URL pattern’s problems in German', async () => {
    await refusedInGerman(['settings', '--url-pattern', 'https://desk.example/checks/'], /^Fehler: Das URL-Muster braucht \{id\} oder \{slug\}/);
    await refusedInGerman(['settings', '--url-pattern', 'https://desk.example/{year}/{id}'], /^Fehler: Das URL-Muster darf nur \{id\} und \{slug\} enthalten, nicht \{year\}\.\n$/);
  });

  it('says a date option that is no calendar date in German', async () => {
    const r = await cli(['export', '--format', 'md', '--out', '-', '--from', '2023-02-30', '--db', db], GERMAN);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Fehler: --from „2023-02-30“ ist kein Kalenderdatum: Februar 2023 hat 28 Tage.\n');
    const english = await cli(['export', '--format', 'md', '--out', '-', '--from', '2023-02', '--db', db]);
    expect(english.stderr).toBe('error: --from "2023-02" is only a month: a date needs the day too (YYYY-MM-DD).\n');
  });

  it('says input-validation details in German', async () => {
    await refusedInGerman(['claim', 'publish', '1', '--expect-rev', '1', '--url', 'keine Adresse'], /^Fehler: Ungültige Eingabe: url: erwartet eine http:\/\/- oder https:\/\/-Adresse\n$/);
    const english = await cli(['claim', 'publish', '1', '--expect-rev', '1', '--url', 'nope', '--db', db]);
    expect(english.stderr).toBe('error: Invalid input: url: expected an http:// or https:// URL\n');
  });
});
