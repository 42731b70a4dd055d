// The held change feed (issue 16): waitForChanges answers at once when the log already has newer
// entries, otherwise holds the call until a commit (from another process, another core on the
// file, or this copy) appears, or the wait runs out. Real files, a real second process (the CLI).
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CHANGE_WAIT_MS } from '@common/contract';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { dispatch } from '../../../main/core/dispatch';
import { assertBuilt, cli } from '../../cli/run';
import { removeTempDirs, tempDir } from '../store/temp';

const SAMPLE = join(import.meta.dirname, '../../fixtures/export/putin-lukaschenko-st-petersburg.de.txt');
const OCTOBER_QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
/** Longer than any test runs: a held call that is answered was woken, not timed out. */
const HOLD_MS = MAX_CHANGE_WAIT_MS;

let dir: string;
let dbPath: string;
let core: FactdeskCore;
let articleId: number;
const opened: FactdeskCore[] = [];

async function open(reviewer: string): Promise<FactdeskCore> {
  const c = await openFactdesk({ path: dbPath, reviewer, settingsDir: join(dir, `settings-${reviewer}`) });
  opened.push(c);
  return c;
}

/** Whether the promise has settled yet (after every job queued before this check has run). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setImmediate(r));
  return done;
}

beforeAll(() => assertBuilt());

beforeEach(async () => {
  dir = tempDir('factdesk-wait-');
  dbPath = join(dir, 'desk.db');
  core = await open('ada');
  const [outcome] = await core.importPaths([SAMPLE]);
  if (!outcome?.ok || outcome.articleId === undefined) throw new Error('sample import failed');
  articleId = outcome.articleId;
});

afterEach(async () => {
  for (const c of opened.splice(0)) await c.close();
  removeTempDirs();
});

describe('waitForChanges', () => {
  it('answers at once with the entries after afterId, as changesSince does', async () => {
    const now = await core.waitForChanges({ afterId: 0, waitMs: HOLD_MS });
    expect(now).toEqual(await core.changesSince({ afterId: 0 }));
    expect(now.entries.map((e) => e.entity)).toEqual(['article']);
  });

  it('holds the call until another core on the same file commits, then hands over that change', async () => {
    const { headId } = await core.changesSince({ afterId: 0 });
    const held = core.waitForChanges({ afterId: headId, waitMs: HOLD_MS });
    expect(await settled(held)).toBe(false);
    const bea = await open('bea');
    await bea.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE });
    const woken = await held;
    expect(woken.entries).toMatchObject([{ entity: 'claim', action: 'create', reviewer: 'bea', articleId }]);
    expect(woken.lastId).toBeGreaterThan(headId);
    expect(woken.headId).toBe(woken.lastId);
  });

  it('wakes when another process commits to the file (the CLI)', async () => {
    const { headId } = await core.changesSince({ afterId: 0 });
    const held = core.waitForChanges({ afterId: headId, waitMs: HOLD_MS });
    const added = await cli(['claim', 'add', String(articleId), '--quote', OCTOBER_QUOTE, '--db', dbPath, '--reviewer', 'Cem']);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect((await held).entries).toMatchObject([{ entity: 'claim', action: 'create', reviewer: 'Cem' }]);
  });

  it("wakes every caller waiting on this copy after this copy's own commit (two tabs on one serve)", async () => {
    const { headId } = await core.changesSince({ afterId: 0 });
    const tabs = [core.waitForChanges({ afterId: headId, waitMs: HOLD_MS }), core.waitForChanges({ afterId: headId, waitMs: HOLD_MS })];
    const claim = await core.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE });
    for (const answer of await Promise.all(tabs)) {
      expect(answer.entries).toMatchObject([{ entity: 'claim', entityId: claim.id, reviewer: 'ada' }]);
    }
  });

  it('keeps waiting through commits that add nothing to the log (presence), and answers empty when the wait runs out', async () => {
    const { headId } = await core.changesSince({ afterId: 0 });
    const bea = await open('bea');
    const held = core.waitForChanges({ afterId: headId, waitMs: 300 });
    await bea.heartbeat({ editing: null });
    expect(await held).toEqual({ entries: [], lastId: headId, headId });
  });

  it('releases held calls with an empty answer when the file is closed', async () => {
    const { headId } = await core.changesSince({ afterId: 0 });
    const held = core.waitForChanges({ afterId: headId, waitMs: HOLD_MS });
    expect(await settled(held)).toBe(false);
    await core.close();
    expect(await held).toEqual({ entries: [], lastId: headId, headId });
  });

  it('refuses arguments outside the contract', async () => {
    expect(await dispatch(core, 'waitForChanges', { afterId: 0, waitMs: 0 })).toMatchObject({ ok: true });
    for (const bad of [
      {},
      { afterId: 0 },
      { afterId: -1, waitMs: 10 },
      { afterId: 1.5, waitMs: 10 },
      { afterId: 0, waitMs: -1 },
      { afterId: 0, waitMs: MAX_CHANGE_WAIT_MS + 1 },
      { afterId: 0, waitMs: '10' },
      { afterId: 0, waitMs: 10, extra: true },
    ]) {
      const reply = await dispatch(core, 'waitForChanges', bad);
      expect(reply, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});
