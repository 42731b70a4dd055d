// Who the command line says you are (issue 9, point 3): --reviewer, then $FACTDESK_REVIEWER, then
// the name kept in $FACTDESK_HOME (the settings the workbench's first-start prompt writes), then
// the login name; and a command that writes nothing registers nobody as a reviewer of the file.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openFactdesk } from '../../main/core/service';
import { openConnection } from '../../main/core/store/sqlite';
import { removeTempDirs, tempDir } from '../core/store/temp';
import { assertBuilt, BIN, cli, SAMPLE, ENGLISH } from './run';

const QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';

let dir: string;
let db: string;
let home: string;

beforeAll(assertBuilt);
afterAll(removeTempDirs);
beforeEach(async () => {
  dir = tempDir('factdesk-identity-');
  db = join(dir, 'desk.db');
  home = join(dir, 'home');
  await mkdir(home);
});

/** The name a person gave on first start, saved the way the workbench saves it (updateSettings). */
async function nameGivenInWorkbench(name: string): Promise<void> {
  const core = await openFactdesk({ path: join(dir, 'workbench.db'), reviewer: 'first start', settingsDir: home });
  try {
    await core.updateSettings({ reviewerName: name });
  } finally {
    await core.close();
  }
}

/** Runs the CLI with only the identity sources the case gives (an empty $FACTDESK_REVIEWER is unset). */
function run(args: string[], env: { FACTDESK_REVIEWER?: string } = {}) {
  return cli([...args, '--db', db], { FACTDESK_REVIEWER: env.FACTDESK_REVIEWER ?? '', FACTDESK_HOME: home });
}

/** Marks the October claim and returns who it was recorded for. */
async function markClaimAs(args: string[] = [], env: { FACTDESK_REVIEWER?: string } = {}): Promise<string> {
  const r = await run(['claim', 'add', '1', '--quote', QUOTE, '--json', ...args], env);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { createdBy: string }).createdBy;
}

async function reviewersOfFile(): Promise<string[]> {
  const raw = await openConnection(db, { readOnly: true });
  try {
    return (await raw.all<{ name: string }>('SELECT name FROM reviewer ORDER BY name')).map((r) => r.name);
  } finally {
    await raw.close();
  }
}

describe('the reviewer a CLI command records', () => {
  beforeEach(async () => {
    const imported = await run(['import', SAMPLE], { FACTDESK_REVIEWER: 'Importer' });
    expect(imported.code, imported.stderr).toBe(0);
  });

  it('is the name given on first start, when neither --reviewer nor $FACTDESK_REVIEWER is set', async () => {
    await nameGivenInWorkbench('Anna Becker');
    expect(await markClaimAs()).toBe('Anna Becker');
    const settings = await run(['settings']);
    expect(settings.stdout).toContain('Reviewer (this computer): Anna Becker');
  });

  it('is $FACTDESK_REVIEWER over the stored name, and --reviewer over both', async () => {
    await nameGivenInWorkbench('Anna Becker');
    expect(await markClaimAs([], { FACTDESK_REVIEWER: 'Env Name' })).toBe('Env Name');
    expect(await markClaimAs(['--reviewer', 'Flag Name'], { FACTDESK_REVIEWER: 'Env Name' })).toBe('Flag Name');
  });

  it('is the login name when no name was ever given', async () => {
    expect(await markClaimAs()).toBe(userInfo().username);
  });

  it('is registered as a reviewer of the file only by a command that writes', async () => {
    await nameGivenInWorkbench('Anna Becker');
    expect(await reviewersOfFile()).toEqual(['Importer']);
    for (const args of [
      ['articles'],
      ['articles', '--json', '--search', 'Atomwaffen'],
      ['show', '1'],
      ['verdicts'],
      ['settings'],
      ['export', '--format', 'md', '--out', '-'],
      ['export', '--format', 'csv', '--out', join(dir, 'claims.csv')],
    ]) {
      const r = await run(args, { FACTDESK_REVIEWER: 'Only Reading' });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      const r2 = await run(args);
      expect(r2.code, `${args.join(' ')}: ${r2.stderr}`).toBe(0);
    }
    expect(await reviewersOfFile()).toEqual(['Importer']);
    // A refused write registers nobody either.
    const refused = await run(['claim', 'add', '1', '--quote', 'not in the text'], { FACTDESK_REVIEWER: 'Refused Writer' });
    expect(refused.code).toBe(1);
    expect(await reviewersOfFile()).toEqual(['Importer']);
    await markClaimAs();
    expect(await reviewersOfFile()).toEqual(['Anna Becker', 'Importer']);
  });
});

describe('factdesk serve', () => {
  it('works under the name given on first start', async () => {
    await nameGivenInWorkbench('Anna Becker');
    const server = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], {
      env: { ...process.env, ...ENGLISH, FACTDESK_REVIEWER: '', FACTDESK_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!.trim());
        });
        server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const call = (method: string, input: unknown) =>
        fetch(new URL(`/__factdesk/api/${method}${new URL(url).search}`, url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-factdesk': '1' },
          body: JSON.stringify(input),
        }).then((r) => r.json() as Promise<{ ok: boolean; value: { entries: Array<{ reviewer: string }> } }>);
      expect(await reviewersOfFile()).toEqual([]);
      expect(await call('updateSettings', { organisationName: 'Desk' })).toMatchObject({ ok: true });
      const feed = await call('changesSince', { afterId: 0 });
      expect(feed.value.entries.map((e) => e.reviewer)).toEqual(['Anna Becker']);
      expect(await reviewersOfFile()).toEqual(['Anna Becker']);
    } finally {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
  });
});
