// While another reviewer's copy holds the shared file's lock, a save waits and retries, and says
// so calmly ("another reviewer is saving, retrying…") through getSaveStatus, which answers at once
// even though the save is stuck. When the lock outlasts every retry, the reviewer gets the calm
// 'busy' refusal (in the API envelope and at the command line), never "SQLITE_BUSY" or a stack.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { SaveStatus } from '@common/contract';
import { dispatch } from '../../main/core/dispatch';
import { FactdeskError } from '@common/domain/errors';
import { WAITING_MESSAGE } from '../../main/core/review/save-status';
import { openFactdesk, type FactdeskCore } from '../../main/core/service';
import type { LocationKind } from '../../main/core/store/location';
import { openConnection } from '../../main/core/store/sqlite';
import { createReviewFile, removeTempDirs, ROOT, tempDir } from './workers';

const HOLD_LOCK = join(ROOT, 'test', 'workers', 'hold-lock.mjs');
const CLI = join(ROOT, 'bin', 'factdesk.js');
const BUSY_MESSAGE = /^Another reviewer is saving to this file right now and it stayed locked while we retried\. Nothing was lost; please try again in a moment\.$/;

const holders: ChildProcess[] = [];
const cores: FactdeskCore[] = [];

afterEach(async () => {
  for (const h of holders.splice(0)) if (h.exitCode === null && h.signalCode === null) h.kill('SIGKILL');
  for (const c of cores.splice(0)) await c.close();
});
afterAll(removeTempDirs);

/** Another process takes the lock; resolves once it holds it. */
async function holdLock(path: string, mode: 'immediate' | 'exclusive', holdMs: number): Promise<{ released: Promise<void> }> {
  const child = spawn(process.execPath, [HOLD_LOCK, path, mode, String(holdMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
  holders.push(child);
  let out = '';
  let err = '';
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const said = (word: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (out.includes(`${word}\n`)) resolve();
      };
      child.stdout?.on('data', (c: Buffer) => {
        out += c.toString();
        check();
      });
      child.once('exit', (code) => (out.includes(`${word}\n`) ? resolve() : reject(new Error(`lock holder exited (${code}): ${err}`))));
      check();
    });
  const released = said('released');
  released.catch(() => undefined); // a holder killed on purpose never releases; only awaiting it is an error
  await said('locked');
  return { released };
}

async function claimRevision(path: string, id: number): Promise<number | undefined> {
  const raw = await openConnection(path, { readOnly: true });
  try {
    return (await raw.get<{ revision: number }>('SELECT revision FROM claim WHERE id = ?', [id]))?.revision;
  } finally {
    await raw.close();
  }
}

describe.each(['local', 'network'] as const)('a %s file locked by another reviewer', (location: LocationKind) => {
  it('waits, reports "retrying…" while it waits, and saves once the lock is free', async () => {
    const dir = tempDir();
    const file = await createReviewFile(dir, location, 1);
    const claimId = file.claimIds[0] ?? 0;
    const core = await openFactdesk({ path: file.path, reviewer: 'bea', location, settingsDir: dir, busyTimeoutMs: 100, busyRetries: 40 });
    cores.push(core);
    expect(await core.getSaveStatus({})).toEqual({ waiting: false, attempt: 0, since: null, message: null });

    const lock = await holdLock(file.path, 'immediate', 1_500);
    let settled = false;
    const save = core.updateClaim({ id: claimId, expectedRevision: 1, patch: { rationale: 'Saved after the wait.' } });
    void save.finally(() => (settled = true));
    const seen: SaveStatus[] = [];
    let answeredWhileSaving = 0;
    while (!settled) {
      // Answers although the save in front of it is stuck on the lock (not queued behind it).
      seen.push(await core.getSaveStatus({}));
      if (!settled) answeredWhileSaving += 1;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(answeredWhileSaving).toBeGreaterThan(3);
    const saved = await save;
    await lock.released;

    expect(saved.revision).toBe(2);
    expect(saved.rationale).toBe('Saved after the wait.');
    const waiting = seen.filter((s) => s.waiting);
    expect(waiting.length).toBeGreaterThan(3);
    expect(waiting.at(-1)).toMatchObject({ message: WAITING_MESSAGE });
    expect(waiting.at(-1)?.attempt).toBeGreaterThan(1);
    expect(new Set(waiting.map((s) => s.since)).size).toBe(1); // one wait, one start time
    expect(await core.getSaveStatus({})).toEqual({ waiting: false, attempt: 0, since: null, message: null });
    expect(await claimRevision(file.path, claimId)).toBe(2);
  });

  it('gives up calmly when the lock outlasts the retries, and writes nothing', async () => {
    const dir = tempDir();
    const file = await createReviewFile(dir, location, 1);
    const claimId = file.claimIds[0] ?? 0;
    const core = await openFactdesk({ path: file.path, reviewer: 'bea', location, settingsDir: dir, busyTimeoutMs: 50, busyRetries: 2 });
    cores.push(core);
    await holdLock(file.path, 'immediate', 10_000);

    const error = await core.updateClaim({ id: claimId, expectedRevision: 1, patch: { rationale: 'never saved' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactdeskError);
    expect((error as FactdeskError).code).toBe('busy');
    expect((error as FactdeskError).message).toMatch(BUSY_MESSAGE);
    // What a window receives over IPC or the bridge: the same sentence, no driver error, no stack.
    const envelope = await dispatch(core, 'updateClaim', { id: claimId, expectedRevision: 1, patch: { rationale: 'never saved' } });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(JSON.stringify(envelope)).not.toMatch(/SQLITE|at .*\.js:\d+/);
    expect(await core.getSaveStatus({})).toMatchObject({ waiting: false });

    for (const h of holders.splice(0)) h.kill('SIGKILL'); // the other copy goes away (its save rolls back)
    expect(await claimRevision(file.path, claimId)).toBe(1);
    // And once the file is free again, the same save goes through.
    expect((await core.updateClaim({ id: claimId, expectedRevision: 1, patch: { rationale: 'now' } })).revision).toBe(2);
  });
});

describe('the command line on a file another reviewer keeps locked', () => {
  it('exits 1 with the calm sentence after retrying, and leaves the file as it was', async () => {
    const dir = tempDir();
    const file = await createReviewFile(dir, 'network', 1);
    const claimId = file.claimIds[0] ?? 0;
    // EXCLUSIVE in rollback-journal mode shuts out readers too: even opening the file has to wait.
    await holdLock(file.path, 'exclusive', 60_000);
    const started = Date.now();
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [CLI, 'claim', 'update', String(claimId), '--expect-rev', '1', '--rationale', 'blocked', '--db', file.path],
        { cwd: ROOT, env: { ...process.env, FACTDESK_HOME: dir, FACTDESK_REVIEWER: 'cli', FACTDESK_LOCATION: 'network' }, timeout: 60_000 },
        (error, stdout, stderr) => resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr }),
      );
    });
    const waitedMs = Date.now() - started;
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(/^error: Another reviewer is saving to this file right now/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/SQLITE|^\s+at /m);
    expect(waitedMs).toBeGreaterThan(5_000); // it retried before giving up
    for (const h of holders.splice(0)) h.kill('SIGKILL');
    expect(await claimRevision(file.path, claimId)).toBe(1);
    console.info(`[busy] the CLI retried for ${(waitedMs / 1000).toFixed(1)} s before giving up calmly`);
  }, 90_000);
});
