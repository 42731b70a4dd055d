// A shared file may come from anyone. Files that were tampered with (a trigger or view Factdesk
// did not create, a replaced trigger), damaged (flipped bytes) or written by a newer Factdesk are
// refused by the real command line, as a user runs it: exit code 1, one clear sentence on stderr,
// no stack trace, and not one byte of the file (or a journal beside it) written.
// (test/core/store/open.test.ts checks the same refusals in-process, for openDatabase.)
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFactdesk } from '../../main/core/service';
import { LATEST_SCHEMA_VERSION } from '../../main/core/store/migrations';
import { openConnection } from '../../main/core/store/sqlite';
import { removeTempDirs, ROOT, tempDir } from './workers';
import { leakPage } from '../core/store/planted';

const CLI = join(ROOT, 'bin', 'factdesk.js');
const PAGE_SIZE = 4096;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out', 'main', 'cli.js'))) throw new Error('The CLI is not built: run `npx electron-vite build` (npm test does).');
});
afterAll(removeTempDirs);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function factdesk(args: string[], home: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: ROOT, env: { ...process.env, FACTDESK_HOME: home, FACTDESK_REVIEWER: 'cli-reviewer', FACTDESK_LOCATION: 'network', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.db') || name.includes('.db-'))
      .map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  );
}

/** A Factdesk file with a few dozen articles (so the tables span many pages) and a claim. */
async function factdeskFile(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  const core = await openFactdesk({ path, reviewer: 'owner', location: 'network', settingsDir: join(dir, 'settings') });
  try {
    const body = Array.from({ length: 30 }, (_, i) => `Absatz ${i}: Die Stadt meldet neue Zahlen zu Haushalt, Schulen und Verkehr.`).join('\n');
    const files = Array.from({ length: 40 }, (_, i) => ({ name: `bericht-${i}.txt`, data: Buffer.from(`Bericht ${i}\n\n${body}\nSchluss ${i}.`).toString('base64') }));
    const outcomes = await core.importFiles({ files });
    const first = outcomes[0]?.articleId;
    if (first === undefined) throw new Error('import failed');
    await core.createClaimFromQuote({ articleId: first, quote: 'Die Stadt meldet neue Zahlen' });
  } finally {
    await core.close();
  }
  return path;
}

async function tamper(path: string, sql: string): Promise<void> {
  const raw = await openConnection(path);
  try {
    await raw.exec(sql);
  } finally {
    await raw.close();
  }
}

/** Runs a reading and a writing command and the server on the file; all must refuse it untouched. */
async function expectRefusedByCli(path: string, reason: RegExp, home: string): Promise<void> {
  const dir = join(path, '..');
  const before = snapshot(dir);
  // At the same time, as several colleagues might try: none of them may write either.
  const commands: Array<[string, string[]]> = [
    ['articles', ['articles', '--db', path]],
    ['claim update', ['claim', 'update', '1', '--expect-rev', '1', '--rationale', 'x', '--db', path]],
    ['serve', ['serve', '--db', path, '--port', '0']],
  ];
  const runs = await Promise.all(commands.map(async ([name, args]): Promise<[string, Run]> => [name, await factdesk(args, home)]));
  for (const [command, run] of runs) {
    expect(run.code, `${command}: ${run.stderr}`).toBe(1);
    expect(run.stdout, command).toBe(''); // serve printed no URL: it never started
    expect(run.stderr, command).toMatch(/^error: Factdesk will not open "/);
    expect(run.stderr, command).toContain(path);
    expect(run.stderr, command).toMatch(reason);
    expect(run.stderr, command).not.toMatch(/^\s+at /m); // a sentence, not a stack trace
    expect(run.stderr.trim().split('\n'), `${command}: ${run.stderr}`).toHaveLength(1);
  }
  expect(snapshot(dir)).toEqual(before);
}

describe('files Factdesk will not open, from the command line', () => {
  let dir: string;
  let home: string;
  beforeAll(() => {
    dir = tempDir('factdesk-untrusted-');
    home = join(dir, 'home');
  });

  it('opens an intact file (the control case)', async () => {
    const path = await factdeskFile(dir, 'intact.db');
    const run = await factdesk(['articles', '--db', path], home);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Bericht 0');
  });

  it('refuses a file with a trigger Factdesk did not create', async () => {
    const path = await factdeskFile(dir, 'trigger.db');
    await tamper(path, "CREATE TRIGGER steal AFTER UPDATE ON claim BEGIN UPDATE claim SET verdict = 'true' WHERE id = new.id; END;");
    await expectRefusedByCli(path, /structure differs from what Factdesk creates.*unexpected trigger "steal"/, home);
  });

  it('refuses a file with a view Factdesk did not create', async () => {
    const path = await factdeskFile(dir, 'view.db');
    await tamper(path, 'CREATE VIEW claim_overview AS SELECT id, verdict FROM claim;');
    await expectRefusedByCli(path, /unexpected view "claim_overview"/, home);
  });

  it('refuses a file whose append-only guard on the change log was swapped for a harmless-looking one', async () => {
    const path = await factdeskFile(dir, 'swapped-trigger.db');
    await tamper(path, 'DROP TRIGGER change_log_no_delete; CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log BEGIN SELECT 1; END;');
    await expectRefusedByCli(path, /structure differs.*change_log_no_delete/, home);
  });

  it('refuses a file written by a newer Factdesk', async () => {
    const path = await factdeskFile(dir, 'newer.db');
    await tamper(path, `PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    const newer = LATEST_SCHEMA_VERSION + 1;
    await expectRefusedByCli(
      path,
      new RegExp(`newer Factdesk \\(schema ${newer}; this version knows up to ${LATEST_SCHEMA_VERSION}\\)\\. Update Factdesk to open it\\.`),
      home,
    );
  });

  it('refuses a file with flipped bytes in its schema', async () => {
    const path = await factdeskFile(dir, 'flipped-schema.db');
    const bytes = readFileSync(path);
    // Every copy of the text: a migration that rebuilt the change log (009) leaves the old
    // trigger's text in a freed page, where flipping it would change nothing.
    const found: number[] = [];
    for (let at = bytes.indexOf('CREATE TRIGGER change_log_no_update'); at >= 0; at = bytes.indexOf('CREATE TRIGGER change_log_no_update', at + 1)) {
      found.push(at);
    }
    expect(found.length).toBeGreaterThan(0);
    for (const at of found) {
      bytes[at + 3] = bytes[at + 3]! ^ 0x20; // "CREATE" -> "CReATE": still text, no longer our schema
      bytes[at + 7] = bytes[at + 7]! ^ 0x55;
    }
    writeFileSync(path, bytes);
    await expectRefusedByCli(path, /damaged|structure differs/, home);
  });

  it('refuses files with flipped bytes in the page structure of tables and indexes', async () => {
    const pristine = readFileSync(await factdeskFile(dir, 'pristine.db'));
    // B-tree pages (leaf/interior, table/index); the header of page 1 starts after the file header.
    const btreePages = Array.from({ length: pristine.length / PAGE_SIZE }, (_, i) => i).filter((p) =>
      [2, 5, 10, 13].includes(pristine[p * PAGE_SIZE + (p === 0 ? 100 : 0)] ?? 0),
    );
    expect(btreePages.length).toBeGreaterThan(20);
    // Spread over the file: early (schema, small tables), middle (articles, FTS) and late pages;
    // in each, flip the page type, the cell count or the start of the cell content area.
    const picks = [1, 0.25, 0.5, 0.75, 0.95].map((f, i) => ({
      page: btreePages[Math.min(btreePages.length - 1, Math.floor(f * btreePages.length))] ?? 0,
      offset: [0, 3, 5][i % 3] ?? 0,
    }));
    for (const { page, offset } of picks) {
      const bytes = Buffer.from(pristine);
      const at = page * PAGE_SIZE + (page === 0 ? 100 : 0) + offset;
      bytes[at] = bytes[at]! ^ 0xff;
      const path = join(dir, `flipped-page-${page + 1}-byte-${offset}.db`);
      writeFileSync(path, bytes);
      await expectRefusedByCli(path, /damaged/, home);
    }
  }, 120_000);

  it('serves a large file at once, and stops with the refusal when its background check fails, the file untouched', async () => {
    // A large file is served before quick_check ends (at a million articles it takes most of a
    // minute); 0 bytes makes this small one count as large. Damage only quick_check finds.
    const path = await factdeskFile(dir, 'late-refusal.db');
    await leakPage(path);
    const before = snapshot(dir);
    const run = await factdesk(['serve', '--db', path, '--port', '0'], home, { FACTDESK_SERVE_CHECK_FIRST_BYTES: '0' });
    expect(run.stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/); // served first
    expect(run.code, run.stderr).toBe(1);
    const errors = run.stderr.split('\n').filter((line) => line.startsWith('error:'));
    expect(errors, run.stderr).toHaveLength(1);
    expect(errors[0]).toMatch(/^error: Factdesk will not open ".*damaged/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(snapshot(dir)).toEqual(before);
  });
});

