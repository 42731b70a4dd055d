// Issue 10.10 on the command line, as a plain user (nobody, uid 65534; the tests run as root, whom
// file modes do not stop): a database in a folder the user may not write, and a 0444 file, are
// listed, shown and exported; writes exit 1 with a sentence; the folder is left as it was.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAsNobody } from './nobody';
import { articlesOf, assertBuilt, cli, SAMPLE } from './run';

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-ro-'));
  chmodSync(dir, 0o755);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A database with the sample article and one claim, made by root (its owner). */
async function desk(folder: string): Promise<string> {
  const db = join(folder, 'desk.db');
  const imported = await cli(['import', SAMPLE, '--db', db, '--json']);
  expect(imported.code, imported.stderr).toBe(0);
  const claim = await cli(['claim', 'add', '1', '--quote', 'Einsatz russischer Atomwaffen', '--db', db]);
  expect(claim.code, claim.stderr).toBe(0);
  return db;
}

async function expectReadableNotWritable(folder: string, db: string): Promise<void> {
  const before = readdirSync(folder).sort();
  const list = await cliAsNobody(dir, ['articles', '--db', db, '--json']);
  expect(list.code, list.stderr).toBe(0);
  expect(articlesOf(list.stdout)).toHaveLength(1);
  const show = await cliAsNobody(dir, ['show', '1', '--db', db]);
  expect(show.code, show.stderr).toBe(0);
  expect(show.stdout).toContain('Einsatz russischer Atomwaffen');
  const report = await cliAsNobody(dir, ['export', '--format', 'md', '--out', '-', '--db', db]);
  expect(report.code, report.stderr).toBe(0);
  expect(report.stdout).toContain('Einsatz russischer Atomwaffen');

  for (const write of [
    ['import', SAMPLE.replace('.de.txt', '.de.txt'), '--db', db],
    ['claim', 'add', '1', '--quote', 'Lukaschenko', '--db', db],
    ['settings', '--org-name', 'Desk', '--db', db],
  ]) {
    const r = await cliAsNobody(dir, write);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^error: .*is open read-only, so this change was not saved/m);
    expect(r.stderr).not.toMatch(/SQLITE_|EACCES/);
  }
  expect(readdirSync(folder).sort()).toEqual(before);
}

describe('a database the user may not write', () => {
  it('in a folder without write permission for the user', async () => {
    const folder = join(dir, 'team-share');
    mkdirSync(folder, { mode: 0o755 });
    const db = await desk(folder);
    chmodSync(db, 0o644);
    await expectReadableNotWritable(folder, db);
  });

  it('a 0444 file in a folder the user may write', async () => {
    const folder = join(dir, 'open-folder');
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    const db = await desk(folder);
    chmodSync(db, 0o444);
    await expectReadableNotWritable(folder, db);
  });
});
