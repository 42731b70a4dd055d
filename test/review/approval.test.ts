// Approval stays honest (issue 9, point 2): once a second reviewer approved a claim, any change to
// what its report publishes (claim as reviewed, claimant, claim date, verdict, rationale, a source
// added, edited or removed) sends it back to "Needs review" and clears the approval, in the same
// transaction, in the change log and the history. Two reviewers with their own connections to one
// real file, and the same through the command line in separate processes.
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Claim, ChangeEntry } from '@common/domain/types';
import { openFactdesk, type FactdeskCore } from '../../main/core/service';
import { openConnection } from '../../main/core/store/sqlite';
import { assertBuilt, cli, SAMPLE } from '../cli/run';
import { removeTempDirs, tempDir } from './workers';

const QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';

let dir: string;
let dbPath: string;
let anna: FactdeskCore;
let ben: FactdeskCore;

const open = (reviewer: string): Promise<FactdeskCore> =>
  openFactdesk({ path: dbPath, reviewer, settingsDir: join(dir, `home-${reviewer}`) });

beforeEach(async () => {
  dir = tempDir('factdesk-approval-');
  dbPath = join(dir, 'shared.db');
  anna = await open('Anna');
  ben = await open('Ben');
});

afterEach(async () => {
  await anna.close();
  await ben.close();
  removeTempDirs();
});

/** Anna marks and rates the claim (with a source), Ben approves it: the starting point of every case. */
async function approvedClaim(): Promise<{ claim: Claim; sourceId: number; sourceRevision: number }> {
  const [outcome] = await anna.importPaths([SAMPLE]);
  if (!outcome?.articleId) throw new Error(`import failed: ${outcome?.error}`);
  const marked = await anna.createClaimFromQuote({ articleId: outcome.articleId, quote: QUOTE, claimant: 'Lukaschenko' });
  const rated = await anna.updateClaim({
    id: marked.id,
    expectedRevision: marked.revision,
    patch: { verdict: 'mostly_true', rationale: 'Confirmed by the ministry.', claimDate: '2023-06-16', status: 'needs_review' },
  });
  const source = await anna.addSource({ claimId: marked.id, fields: { url: 'https://example.org/ministry', title: 'Ministry' } });
  const approved = await ben.updateClaim({ id: marked.id, expectedRevision: rated.revision, patch: { status: 'approved' } });
  expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Ben', verdictSetBy: 'Anna' });
  return { claim: approved, sourceId: source.id, sourceRevision: source.revision };
}

/** The claim as another reviewer's copy reads it now. */
async function seenByBen(id: number): Promise<Claim> {
  const claim = (await ben.getArticle({ id: 1 })).claims.find((c) => c.id === id);
  if (!claim) throw new Error(`claim ${id} is gone`);
  return claim;
}

/** The last entries of the claim's history, as the workbench's History shows them. */
async function lastHistory(id: number, n: number): Promise<ChangeEntry[]> {
  return (await ben.getHistory({ entity: 'claim', id })).slice(-n);
}

const WITHDRAWN = {
  before: { status: 'approved', approvedBy: 'Ben' },
  after: { status: 'needs_review', approvedBy: null },
};

describe('an approved claim edited by its author goes back to review', () => {
  it.each([
    ['the rationale', { rationale: 'Confirmed by the ministry and two witnesses.' }],
    ['the claim as reviewed', { claimReviewed: 'Russian nuclear weapons deployed by October' }],
    ['the claimant', { claimant: 'Alexander Lukaschenko' }],
    ['the claim date', { claimDate: '2023-06-17' }],
    ['the claim date (cleared)', { claimDate: null }],
    ['the verdict', { verdict: 'half_true' }],
  ] as const)('when Anna changes %s', async (_what, patch) => {
    const { claim } = await approvedClaim();
    const saved = await anna.updateClaim({ id: claim.id, expectedRevision: claim.revision, patch });
    expect(saved).toMatchObject({ ...patch, status: 'needs_review', approvedBy: null, revision: claim.revision + 1 });
    expect(await seenByBen(claim.id)).toMatchObject({ status: 'needs_review', approvedBy: null });
    // One change-log entry: the edit and the withdrawn approval were one save.
    const [entry] = await lastHistory(claim.id, 1);
    expect(entry).toMatchObject({ reviewer: 'Anna', entity: 'claim', action: 'update' });
    expect(entry?.before).toMatchObject(WITHDRAWN.before);
    expect(entry?.after).toMatchObject({ ...patch, ...WITHDRAWN.after });
  });

  it.each([
    ['adds a source', (s: { id: number; revision: number }, c: Claim) =>
      anna.addSource({ claimId: c.id, fields: { url: 'https://example.org/witness', stance: 'supports' } }).then(() => 'create')],
    ['edits a source', (s: { id: number; revision: number }) =>
      anna.updateSource({ id: s.id, expectedRevision: s.revision, fields: { stance: 'refutes' } }).then(() => 'update')],
    ['removes a source', (s: { id: number; revision: number }) =>
      anna.deleteSource({ id: s.id, expectedRevision: s.revision }).then(() => 'delete')],
  ] as const)('when Anna %s', async (_what, edit) => {
    const { claim, sourceId, sourceRevision } = await approvedClaim();
    const action = await edit({ id: sourceId, revision: sourceRevision }, claim);
    const now = await seenByBen(claim.id);
    expect(now).toMatchObject({ status: 'needs_review', approvedBy: null, revision: claim.revision + 1 });
    const [sourceEntry, claimEntry] = await lastHistory(claim.id, 2);
    expect(sourceEntry).toMatchObject({ reviewer: 'Anna', entity: 'source', action });
    expect(claimEntry).toMatchObject({ reviewer: 'Anna', entity: 'claim', action: 'update', ...WITHDRAWN });
    // Written by the same save: consecutive entries with the same time.
    expect(claimEntry?.id).toBe((sourceEntry?.id ?? 0) + 1);
    expect(claimEntry?.at).toBe(sourceEntry?.at);
  });

  // Issue 12 changed this: a published claim no longer drops back to review on an edit; it is
  // locked, and an edit of what it says is a correction (with a note) that keeps it published.
  it('a published claim is locked: an edit needs a correction note and keeps it published', async () => {
    const { claim } = await approvedClaim();
    const published = await anna.publishClaim({ id: claim.id, expectedRevision: claim.revision, url: 'https://desk.example/c/1' });
    await expect(
      anna.updateClaim({ id: claim.id, expectedRevision: published.revision, patch: { rationale: 'Updated.' } }),
    ).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/correction note/) });
    const saved = await anna.updateClaim({
      id: claim.id,
      expectedRevision: published.revision,
      patch: { rationale: 'Updated.' },
      correction: 'The rationale now names the source.',
    });
    expect(saved).toMatchObject({ status: 'published', approvedBy: 'Ben', publishedAt: published.publishedAt });
  });

  it('Ben can approve the new text; Anna, who set the verdict, still cannot', async () => {
    const { claim } = await approvedClaim();
    const edited = await anna.updateClaim({ id: claim.id, expectedRevision: claim.revision, patch: { rationale: 'New reasoning.' } });
    await expect(
      anna.updateClaim({ id: claim.id, expectedRevision: edited.revision, patch: { status: 'approved' } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const again = await ben.updateClaim({ id: claim.id, expectedRevision: edited.revision, patch: { status: 'approved' } });
    expect(again).toMatchObject({ status: 'approved', approvedBy: 'Ben', rationale: 'New reasoning.' });
  });

  it('an edit cannot keep the claim approved or publish it in the same save', async () => {
    const { claim } = await approvedClaim();
    const raw = await openConnection(dbPath, { readOnly: true });
    try {
      const before = await raw.all('SELECT * FROM claim');
      const logBefore = await raw.get('SELECT count(*) AS n FROM change_log');
      await expect(
        anna.updateClaim({ id: claim.id, expectedRevision: claim.revision, patch: { rationale: 'Sneaky.', status: 'approved' } }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      await expect(
        anna.updateClaim({ id: claim.id, expectedRevision: claim.revision, patch: { rationale: 'Sneaky.', status: 'published' } }),
      ).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/use Publish/) });
      expect(await raw.all('SELECT * FROM claim')).toEqual(before);
      expect(await raw.get('SELECT count(*) AS n FROM change_log')).toEqual(logBefore);
    } finally {
      await raw.close();
    }
  });

  it('changes outside the report (assignment, comments, a no-op save) keep the approval', async () => {
    const { claim, sourceId, sourceRevision } = await approvedClaim();
    const assigned = await anna.updateClaim({ id: claim.id, expectedRevision: claim.revision, patch: { assignee: 'Carla' } });
    await anna.addComment({ claimId: claim.id, body: 'Carla, please schedule it.' });
    const same = await anna.updateClaim({ id: claim.id, expectedRevision: assigned.revision, patch: { rationale: claim.rationale } });
    await anna.updateSource({ id: sourceId, expectedRevision: sourceRevision, fields: { title: 'Ministry' } });
    expect(same).toMatchObject({ status: 'approved', approvedBy: 'Ben', revision: assigned.revision });
    expect(await seenByBen(claim.id)).toMatchObject({ status: 'approved', approvedBy: 'Ben' });
  });
});

describe('the command line, reviewers in separate processes', () => {
  beforeAll(assertBuilt);

  const as = (reviewer: string, args: string[]) =>
    cli([...args, '--db', dbPath, '--json'], { FACTDESK_REVIEWER: reviewer, FACTDESK_HOME: join(dir, `cli-${reviewer}`) });
  const json = async <T>(reviewer: string, args: string[]): Promise<T> => {
    const r = await as(reviewer, args);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as T;
  };

  it('`claim update` and `source add` after approval send the claim back to review', async () => {
    await anna.close();
    await ben.close();
    await json('Anna', ['import', SAMPLE]);
    const marked = await json<Claim>('Anna', ['claim', 'add', '1', '--quote', QUOTE]);
    const rated = await json<Claim>('Anna', ['claim', 'update', String(marked.id), '--expect-rev', '1', '--verdict', 'False', '--status', 'Needs review']);
    const approved = await json<Claim>('Ben', ['claim', 'update', String(marked.id), '--expect-rev', String(rated.revision), '--status', 'Approved']);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Ben' });

    const edited = await json<Claim>('Anna', ['claim', 'update', String(marked.id), '--expect-rev', String(approved.revision), '--rationale', 'Rewritten.']);
    expect(edited).toMatchObject({ status: 'needs_review', approvedBy: null, rationale: 'Rewritten.' });

    const again = await json<Claim>('Ben', ['claim', 'update', String(marked.id), '--expect-rev', String(edited.revision), '--status', 'Approved']);
    expect(again.status).toBe('approved');
    await json('Anna', ['source', 'add', String(marked.id), '--url', 'https://example.org/new-evidence']);
    const shown = await json<{ claims: Claim[] }>('Ben', ['show', '1']);
    expect(shown.claims[0]).toMatchObject({ status: 'needs_review', approvedBy: null });
    // Reopen the cores for afterEach.
    anna = await open('Anna');
    ben = await open('Ben');
    const history = await ben.getHistory({ entity: 'claim', id: marked.id });
    expect(history.slice(-2)).toMatchObject([
      { reviewer: 'Anna', entity: 'source', action: 'create' },
      { reviewer: 'Anna', entity: 'claim', action: 'update', ...WITHDRAWN },
    ]);
  });
});
