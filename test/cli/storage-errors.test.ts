// Issue 10.9 on the command line: a full disk, a loop of symbolic links, a path the user may not
// read and a damaged search index end in a sentence on stderr (exit 1 for the failures), never in
// SQLITE_FULL, ELOOP or EACCES. Real faults: a full tmpfs, real links, a real user (nobody).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../main/core/store/sqlite';
import { Cleanups, fillDisk } from '../support/system';
import { cliAsNobody } from './nobody';
import { articlesOf, assertBuilt, cli, SAMPLE, type CliResult } from './run';

let dir: string;
const cleanups = new Cleanups();

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-faults-'));
  chmodSync(dir, 0o755);
});

afterAll(() => {
  cleanups.runAll();
  rmSync(dir, { recursive: true, force: true });
});

function expectSentence(r: CliResult, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/SQLITE_|ELOOP|EACCES|ENOSPC|\s{4}at /);
}

describe('faults on the command line', () => {
  it('a full disk: exit 1 and a sentence; the database keeps what it had', async () => {
    const disk = join(dir, 'small-disk');
    mkdirSync(disk);
    cleanups.smallDisk(disk, '2m');
    const db = join(disk, 'desk.db');
    expect((await cli(['import', SAMPLE, '--db', db])).code).toBe(0);
    const free = fillDisk(disk);
    const words = Array.from({ length: 60_000 }, (_, i) => `wort${i}`).join(' ');
    const big = join(dir, 'big.txt');
    writeFileSync(big, `Ein langer Artikel\n\n${words}\n`);
    expectSentence(await cli(['import', big, '--db', db]), /^error: There is no room left on the disk that holds .*Nothing that was saved before is lost/m);
    free();
    const list = await cli(['articles', '--db', db, '--json']);
    expect(articlesOf(list.stdout)).toHaveLength(1);
  });

  it('a loop of symbolic links as the database: exit 1 and a sentence', async () => {
    symlinkSync(join(dir, 'loop-b.db'), join(dir, 'loop-a.db'));
    symlinkSync(join(dir, 'loop-a.db'), join(dir, 'loop-b.db'));
    expectSentence(await cli(['articles', '--db', join(dir, 'loop-a.db')]), /^error: .*loop of symbolic links.*Nothing was changed/m);
  });

  it('a database in a folder the user may not enter (EACCES): exit 1 and a sentence', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    expect((await cli(['import', SAMPLE, '--db', join(locked, 'desk.db')])).code).toBe(0);
    chmodSync(locked, 0o700);
    expectSentence(await cliAsNobody(dir, ['articles', '--db', join(locked, 'desk.db')]), /^error: .*not allowed .*\(permission denied\)\. Nothing was changed/m);
  });

  it('a damaged search index: rebuilt on opening, and stderr says so', async () => {
    const db = join(dir, 'fts.db');
    expect((await cli(['import', SAMPLE, '--db', db])).code).toBe(0);
    const raw = await openConnection(db);
    await raw.exec("UPDATE article_fts_config SET v = 99 WHERE k = 'version'");
    await raw.close();
    const r = await cli(['articles', '--db', db, '--search', 'Lukaschenko', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(articlesOf(r.stdout)).toHaveLength(1);
    expect(r.stderr).toMatch(/search index of this file was damaged; Factdesk rebuilt it/);
  });
});
