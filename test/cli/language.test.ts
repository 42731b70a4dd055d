// The command line in German (issue 15): with a German locale (LANG=de_DE.UTF-8) Factdesk's own
// sentences, labels, statuses, verdicts and refusals are German; `--lang en|de` overrides the
// environment; LANG=C (and the test runner's default) stays English. Refusals keep exit code and
// leave the file as it was. Help and parse errors: language-help.test.ts.
import { chmodSync, copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, SAMPLE, sha256Hex } from './run';
import { cliAsNobody } from './nobody';
import { removeTempDirs, tempDir } from '../core/store/temp';

const QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const GERMAN = { LANG: 'de_DE.UTF-8' };
const C = { LANG: 'C' };
let dir: string;
let db: string;

const fileState = (): string => sha256Hex(readFileSync(db));

beforeAll(async () => {
  assertBuilt();
  dir = tempDir('factdesk-language-');
  db = join(dir, 'desk.db');
  const imported = await cli(['import', SAMPLE, '--db', db], GERMAN);
  expect(imported.code, imported.stderr).toBe(0);
  expect(imported.stderr).toContain(`Neue Factdesk-Datenbank angelegt: ${db}`);
  expect(imported.stderr).toContain('1 Artikel importiert.');
  const claim = await cli(['claim', 'add', '1', '--quote', QUOTE, '--claimant', 'Lukaschenko', '--verdict', 'Größtenteils richtig', '--db', db], GERMAN);
  expect(claim.code, claim.stderr).toBe(0);
});
afterAll(removeTempDirs);

describe('factdesk in German', () => {
  it('labels a claim in German: heading, fields, status and the verdict’s German label (typed in German too)', async () => {
    const shown = await cli(['show', '1', '--db', db], GERMAN);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('Ortsmarke:   ST PETERSBURG');
    expect(shown.stdout).toContain('Behauptung #1 (Rev. 1)');
    expect(shown.stdout).toContain('  Urheber:        Lukaschenko');
    expect(shown.stdout).toContain('  Bewertung:      Größtenteils richtig');
    expect(shown.stdout).toContain('  Status:         Entwurf');
    const listed = await cli(['articles', '--db', db], GERMAN);
    expect(listed.stdout).toContain('[1 Behauptung, 1 offen]');
  });

  it('says the import summary with German plurals, and a duplicate as such', async () => {
    const again = await cli(['import', SAMPLE, '--db', db], GERMAN);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('(schon importiert)');
    expect(again.stderr).toBe('0 Artikel importiert, 1 schon vorhanden.\n');
  });

  it('refuses a claim that does not exist in German: exit 1, nothing written', async () => {
    const before = fileState();
    const r = await cli(['claim', 'update', '99', '--expect-rev', '1', '--verdict', 'Falsch', '--db', db], GERMAN);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Fehler: Es gibt keine Behauptung 99.\n');
    expect(fileState()).toBe(before);
  });

  it('refuses a stale revision in German: exit 3, nothing written', async () => {
    const updated = await cli(['claim', 'update', '1', '--expect-rev', '1', '--status', 'In Recherche', '--db', db], GERMAN);
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stdout).toContain('  Status:         In Recherche');
    const before = fileState();
    const stale = await cli(['claim', 'update', '1', '--expect-rev', '1', '--verdict', 'Falsch', '--db', db], GERMAN);
    expect(stale.code).toBe(3);
    expect(stale.stderr).toBe(
      'Fehler: Diese Behauptung wurde inzwischen von jemand anderem geändert (Sie gingen von Revision 1 aus, jetzt ist es Revision 2). Nichts wurde gespeichert.\n',
    );
    expect(fileState()).toBe(before);
  });

  it('refuses bad input in German, naming what is known in German', async () => {
    const before = fileState();
    const status = await cli(['claim', 'update', '1', '--expect-rev', '2', '--status', 'fertig', '--db', db], GERMAN);
    expect(status.code).toBe(1);
    expect(status.stderr).toBe(
      'Fehler: Unbekannter Status „fertig“. Bekannte Status: Entwurf, In Recherche, Zur Prüfung, Freigegeben, Veröffentlicht, Abgelehnt.\n',
    );
    const limit = await cli(['articles', '--limit', '0', '--db', db], GERMAN);
    expect(limit.code).toBe(2);
    expect(limit.stderr).toBe('Fehler: --limit muss mindestens 1 sein (oder --all verwenden).\n');
    const part = await cli(['claim', 'add', '1', '--quote', 'Putin', '--part', 'title', '--db', db], GERMAN);
    expect(part.stderr).toBe('Fehler: --part muss body, headline oder teaser sein, nicht „title“.\n');
    expect(fileState()).toBe(before);
  });

  it('writes a German report by default for a German desk, and an English one when asked', async () => {
    await cli(['settings', '--report-language', 'de', '--db', db], GERMAN);
    const out = join(dir, 'bericht.md');
    const written = await cli(['export', '--format', 'md', '--out', out, '--db', db], GERMAN);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toMatch(new RegExp(`^${out.replace(/[.]/g, '\\.')} geschrieben \\(\\d+ Byte\\)\\.\\n$`));
    const german = readFileSync(out, 'utf8');
    expect(german).toMatch(/^# Prüfbericht\n/);
    expect(german).toContain('- Bewertung: **Größtenteils richtig**');
    expect(german).toContain('- Status: In Recherche');
    const english = await cli(['export', '--format', 'md', '--out', '-', '--report-language', 'en', '--db', db], GERMAN);
    expect(english.stdout).toMatch(/^# Claim report\n/);
    expect(english.stdout).toContain('- Verdict: **Mostly true**');
    const wrong = await cli(['export', '--format', 'csv', '--out', '-', '--report-language', 'de', '--db', db], GERMAN);
    expect([wrong.code, wrong.stderr]).toEqual([2, 'Fehler: --report-language gilt nur für --format md, html oder pdf.\n']);
  });
});

describe('a read-only database in German', () => {
  it('refuses a change with the German sentence, exit 1, the file untouched (--lang de for a user without LANG)', async () => {
    chmodSync(dir, 0o755);
    const readOnly = join(dir, 'read-only.db');
    copyFileSync(db, readOnly);
    chmodSync(readOnly, 0o444);
    const before = sha256Hex(readFileSync(readOnly));
    const r = await cliAsNobody(dir, ['--lang', 'de', 'claim', 'add', '1', '--quote', 'Lukaschenko', '--db', readOnly]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `Fehler: „${readOnly}“ kann nicht beschrieben werden, darum wurde nichts gespeichert oder geändert. Lesen, Suchen und Exportieren gehen weiterhin. Für Änderungen kopieren Sie die Datei in einen Ordner, in den Sie schreiben dürfen, und öffnen die Kopie, oder bitten um Schreibrechte.\n`,
    );
    expect(sha256Hex(readFileSync(readOnly))).toBe(before);
  });
});

describe('the language of the command line', () => {
  it('is English under LANG=C, and by default in the test runner', async () => {
    for (const env of [C, {}]) {
      const r = await cli(['claim', 'update', '99', '--expect-rev', '1', '--db', db], env);
      expect([r.code, r.stderr]).toEqual([1, 'error: There is no claim 99.\n']);
    }
    const again = await cli(['import', SAMPLE, '--db', db], C);
    expect(again.stderr).toBe('Imported 0 articles, 1 already there.\n');
    const shown = await cli(['show', '1', '--db', db], C);
    expect(shown.stdout).toContain('  Verdict:   Mostly true');
    expect(shown.stdout).toContain('  Status:    In research');
  });

  it('follows --lang before the command, over the environment; refuses any other language', async () => {
    const english = await cli(['--lang', 'en', 'claim', 'update', '99', '--expect-rev', '1', '--db', db], GERMAN);
    expect(english.stderr).toBe('error: There is no claim 99.\n');
    const german = await cli(['--lang', 'de', 'claim', 'update', '99', '--expect-rev', '1', '--db', db], C);
    expect(german.stderr).toBe('Fehler: Es gibt keine Behauptung 99.\n');
    const french = await cli(['--lang', 'fr', 'articles', '--db', db], C);
    expect([french.code, french.stderr]).toEqual([2, 'error: --lang must be en or de, got "fr".\n']);
  });
});
