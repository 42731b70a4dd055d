// Issue 10.10 on the command line, as a plain user (nobody, uid 65534; the tests run as root, whom
// file modes do not stop): a database in a folder the user may not write, and a 0444 file, are
// listed, shown and exported; writes exit 1 with a sentence; the folder is left as it was.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, cli, SAMPLE, type CliResult } from './run';

const NOBODY = 65534;
let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-ro-'));
  chmodSync(dir, 0o755);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function cliAsNobody(args: string[]): Promise<CliResult> {
  const home = join(dir, 'nobody-home');
  mkdirSync(home, { recursive: true, mode: 0o777 });
  chmodSync(home, 0o777);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      uid: NOBODY,
      gid: NOBODY,
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
  const list = await cliAsNobody(['articles', '--db', db, '--json']);
  expect(list.code, list.stderr).toBe(0);
  expect(JSON.parse(list.stdout)).toHaveLength(1);
  const show = await cliAsNobody(['show', '1', '--db', db]);
  expect(show.code, show.stderr).toBe(0);
  expect(show.stdout).toContain('Einsatz russischer Atomwaffen');
  const report = await cliAsNobody(['export', '--format', 'md', '--out', '-', '--db', db]);
  expect(report.code, report.stderr).toBe(0);
  expect(report.stdout).toContain('Einsatz russischer Atomwaffen');

  for (const write of [
    ['import', SAMPLE.replace('.de.txt', '.de.txt'), '--db', db],
    ['claim', 'add', '1', '--quote', 'Lukaschenko', '--db', db],
    ['settings', '--org-name', 'Desk', '--db', db],
  ]) {
    const r = await cliAsNobody(write);
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
