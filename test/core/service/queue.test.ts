// "My queue" over a real database file, bounded (issue 6): each section sends at most `limit`
// claims, the longest waiting first, with its total, so a busy desk's queue stays quick.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '@common/domain/types';
import { QUEUE_PAGE_SIZE } from '@common/contract';
import { openFactdesk, QUEUE_LIMIT, type FactdeskCore } from '../../../main/core/service';
import { QUEUE_STATEMENTS } from '../../../main/core/store/repositories/claims';
import { openConnection } from '../../../main/core/store/sqlite';
import { removeTempDirs, tempDir } from '../store/temp';

const SAMPLE = join(import.meta.dirname, '../../fixtures/export/putin-lukaschenko-st-petersburg.de.txt');

let dir: string;
let ada: FactdeskCore;
let bea: FactdeskCore;
let articleId: number;
let nextPosition = 0;
// One clock for both copies, one second per call: "oldest change first" is certain.
let clock = Date.parse('2024-03-01T08:00:00Z');
const now = () => new Date((clock += 1000));

async function open(reviewer: string): Promise<FactdeskCore> {
  return openFactdesk({ path: join(dir, 'desk.db'), reviewer, settingsDir: join(dir, `settings-${reviewer}`), now });
}

/** A claim by bea over the next 12 characters of the article. */
async function claim(patch: Parameters<FactdeskCore['updateClaim']>[0]['patch'], verdict?: string): Promise<Claim> {
  const start = nextPosition;
  nextPosition += 12;
  const created = await bea.createClaim({ articleId, start, end: start + 10, verdict });
  return bea.updateClaim({ id: created.id, expectedRevision: created.revision, patch });
}

beforeEach(async () => {
  dir = tempDir('factdesk-queue-');
  ada = await open('ada');
  bea = await open('bea');
  const [outcome] = await ada.importPaths([SAMPLE]);
  if (!outcome?.ok || outcome.articleId === undefined) throw new Error('sample import failed');
  articleId = outcome.articleId;
  nextPosition = 0;
});

afterEach(async () => {
  await ada.close();
  await bea.close();
  removeTempDirs();
});

describe('My queue', () => {
  it('sends the longest-waiting claims of each section up to the limit, with each section total', async () => {
    const assigned: Claim[] = [];
    const review: Claim[] = [];
    for (let i = 0; i < 5; i++) assigned.push(await claim({ assignee: 'ada' }));
    for (let i = 0; i < 4; i++) review.push(await claim({ status: 'needs_review' }, 'false'));
    // Assigned to ada and waiting for her review: counted once, under "assigned".
    const both = await claim({ assignee: 'ada', status: 'needs_review' }, 'false');
    assigned.push(both);
    // Not ada's work: closed, assigned to someone else, her own verdict, no verdict yet.
    const closed = await claim({ assignee: 'ada', status: 'needs_review' }, 'false');
    await ada.updateClaim({ id: closed.id, expectedRevision: closed.revision, patch: { status: 'approved' } });
    await claim({ assignee: 'bea' });
    const own = await ada.createClaim({ articleId, start: 400, end: 410, verdict: 'false' });
    await ada.updateClaim({ id: own.id, expectedRevision: own.revision, patch: { status: 'needs_review' } });
    await claim({ status: 'needs_review' });
    // The first assigned claim changes now: it has waited least and goes to the back.
    const first = assigned.shift() as Claim;
    assigned.push(await bea.updateClaim({ id: first.id, expectedRevision: first.revision, patch: { claimant: 'Lukaschenko' } }));

    const page = await ada.listQueue({ limit: 3 });
    expect(page.limit).toBe(3);
    expect(page.totals).toEqual({ assigned: 6, review: 4 });
    const ids = (reason: 'assigned' | 'review') =>
      page.entries.filter((e) => (reason === 'assigned') === e.reasons.includes('assigned')).map((e) => e.claim.id);
    expect(ids('assigned')).toEqual(assigned.slice(0, 3).map((c) => c.id));
    expect(ids('review')).toEqual(review.slice(0, 3).map((c) => c.id));
    // One list, oldest change first.
    const times = page.entries.map((e) => e.claim.updatedAt);
    expect(times).toEqual([...times].sort());
    expect(page.entries.find((e) => e.claim.id === both.id)).toBeUndefined();

    const all = await ada.listQueue({});
    expect(all.limit).toBe(QUEUE_LIMIT);
    expect(all.totals).toEqual({ assigned: 6, review: 4 });
    expect(all.entries.map((e) => e.claim.id).sort((a, b) => a - b)).toEqual(
      [...assigned, ...review].map((c) => c.id).sort((a, b) => a - b),
    );
    expect(all.entries.find((e) => e.claim.id === both.id)?.reasons).toEqual(['assigned', 'review']);
    expect(all.entries[0]?.articleTitle).toMatch(/^Putin und Lukaschenko/);
  });

  it('is limited to 50 by default (the first page; "Show more" asks for more), and a limit must be 1 to 1,000', async () => {
    expect(QUEUE_LIMIT).toBe(50);
    expect(QUEUE_LIMIT).toBe(QUEUE_PAGE_SIZE);
    expect(await ada.listQueue({})).toEqual({ entries: [], totals: { assigned: 0, review: 0 }, limit: 50 });
    await expect(ada.listQueue({ limit: 0 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(ada.listQueue({ limit: 1001 })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('counts a full section beyond the page', async () => {
    for (let i = 0; i < 4; i++) await claim({ assignee: 'ada' });
    const page = await ada.listQueue({ limit: 4 });
    expect(page.entries).toHaveLength(4);
    expect(page.totals.assigned).toBe(4);
    await claim({ assignee: 'ada' });
    const more = await ada.listQueue({ limit: 4 });
    expect(more.entries).toHaveLength(4);
    expect(more.totals.assigned).toBe(5);
  });
});

describe('the queue reads open claims only (issue 16)', () => {
  it("walks the partial indexes of open claims, in the queue's order, never the reviewer's closed archive", async () => {
    const db = await openConnection(join(dir, 'desk.db'), { readOnly: true });
    try {
      for (const [sql, index] of [
        [QUEUE_STATEMENTS.assigned, 'claim_open_by_assignee'],
        [QUEUE_STATEMENTS.review, 'claim_awaiting_review'],
        [QUEUE_STATEMENTS.assignedCount, 'claim_open_by_assignee'],
        [QUEUE_STATEMENTS.reviewCount, 'claim_awaiting_review'],
        // The statement listQueue runs: both sections, each on its own index.
        [QUEUE_STATEMENTS.queue, 'claim_open_by_assignee'],
        [QUEUE_STATEMENTS.queue, 'claim_awaiting_review'],
      ] as const) {
        const plan = (await db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, sql.includes('?2') ? ['ada', QUEUE_LIMIT] : ['ada'])).map((r) => r.detail).join('\n');
        expect(plan).toMatch(new RegExp(`SCAN c USING (COVERING )?INDEX ${index}|SEARCH c USING (COVERING )?INDEX ${index}`));
        expect(plan, sql).not.toContain('TEMP B-TREE'); // no sort: the index is in the queue's order
      }
    } finally {
      await db.close();
    }
  });
});
