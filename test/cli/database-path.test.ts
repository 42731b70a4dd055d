// Issue 10.6 on the command line: `--db PATH` still creates a missing file (as the README says),
// relative to the folder the command runs in, with the name exactly as given, but never in a
// missing folder or another program's empty file; stderr says where a new database was created.
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesOf, assertBuilt, cli, type CliResult } from './run';

let dir: string;

beforeAll(async () => {
  assertBuilt();
  dir = await mkdtemp(join(tmpdir(), 'factdesk-cli-path-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cliIn(cwd: string, args: string[]): Promise<CliResult> {
  return cli(args, { FACTDESK_HOME: join(dir, 'settings') }, { cwd });
}

describe('factdesk --db PATH', () => {
  it('creates a missing file relative to the working folder, name as given, and says where', async () => {
    const work = await mkdtemp(join(dir, 'work-'));
    const r = await cliIn(work, ['articles', '--db', 'desk', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(articlesOf(r.stdout)).toEqual([]);
    expect(r.stderr).toContain(`Created a new Factdesk database at ${join(work, 'desk')}`);
    expect((await stat(join(work, 'desk'))).size).toBeGreaterThan(0);
    const again = await cliIn(work, ['articles', '--db', 'desk']);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('Created');
  });

  it('refuses a missing folder with exit 1 and a sentence, creating nothing', async () => {
    const work = await mkdtemp(join(dir, 'work-'));
    const r = await cliIn(work, ['articles', '--db', 'sub/deeper/team.db']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*folder .*sub\/deeper.* does not exist/m);
    expect(r.stderr).not.toMatch(/ENOENT|SQLITE_/);
    expect(await readdir(work)).toEqual([]);
  });

  it('refuses an existing empty file of another kind (__init__.py)', async () => {
    const work = await mkdtemp(join(dir, 'work-'));
    await writeFile(join(work, '__init__.py'), '');
    const r = await cliIn(work, ['articles', '--db', '__init__.py']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty file/);
    expect((await stat(join(work, '__init__.py'))).size).toBe(0);
    expect(await readdir(work)).toEqual(['__init__.py']);
  });
});
