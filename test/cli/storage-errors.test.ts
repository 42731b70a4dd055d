// Issue 10.9 on the command line: a full disk, a loop of symbolic links, a path the user may not
// read and a damaged search index end in a sentence on stderr (exit 1 for the failures), never in
// SQLITE_FULL, ELOOP or EACCES. Real faults: a full tmpfs, real links, a real user (nobody).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../main/core/store/sqlite';
import { assertBuilt, BIN, cli, SAMPLE, type CliResult } from './run';

let dir: string;
const mounts: string[] = [];

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-faults-'));
  chmodSync(dir, 0o755);
});

afterAll(() => {
  for (const point of mounts) execFileSync('umount', [point]);
  rmSync(dir, { recursive: true, force: true });
});

function asNobody(args: string[]): Promise<CliResult> {
  const home = join(dir, 'nobody-home');
  mkdirSync(home, { recursive: true });
  chmodSync(home, 0o777);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      uid: 65534,
      gid: 65534,
      cwd: home,
      env: { ...process.env, HOME: home, FACTDESK_HOME: home, FACTDESK_REVIEWER: 'Reader' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function expectSentence(r: CliResult, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/SQLITE_|ELOOP|EACCES|ENOSPC|\s{4}at /);
}

describe('faults on the command line', () => {
  it('a full disk: exit 1 and a sentence; the database keeps what it had', async () => {
    const disk = join(dir, 'small-disk');
    mkdirSync(disk);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk]);
    mounts.push(disk);
    const db = join(disk, 'desk.db');
    expect((await cli(['import', SAMPLE, '--db', db])).code).toBe(0);
    const fd = openSync(join(disk, 'filler.bin'), 'w');
    try {
      for (const chunk = Buffer.alloc(4096, 1); ; ) writeSync(fd, chunk);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
    } finally {
      closeSync(fd);
    }
    const words = Array.from({ length: 60_000 }, (_, i) => `wort${i}`).join(' ');
    const big = join(dir, 'big.txt');
    writeFileSync(big, `Ein langer Artikel\n\n${words}\n`);
    expectSentence(await cli(['import', big, '--db', db]), /^error: There is no room left on the disk that holds .*Nothing that was saved before is lost/m);
    rmSync(join(disk, 'filler.bin'));
    const list = await cli(['articles', '--db', db, '--json']);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
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
    expectSentence(await asNobody(['articles', '--db', join(locked, 'desk.db')]), /^error: .*not allowed .*\(permission denied\)\. Nothing was changed/m);
  });

  it('a damaged search index: rebuilt on opening, and stderr says so', async () => {
    const db = join(dir, 'fts.db');
    expect((await cli(['import', SAMPLE, '--db', db])).code).toBe(0);
    const raw = await openConnection(db);
    await raw.exec("UPDATE article_fts_config SET v = 99 WHERE k = 'version'");
    await raw.close();
    const r = await cli(['articles', '--db', db, '--search', 'Lukaschenko', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).toMatch(/search index of this file was damaged; Factdesk rebuilt it/);
  });
});
