// The contract's review methods: the change feed (feed.ts), an entity's history, who else
// is here (presence), the reviewers, "my queue", and whether the last save has settled.
import { QUEUE_PAGE_SIZE, type PresenceEntry } from '@common/contract';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { articleHistory, claimHistory } from '../store/repositories/changelog';
import { changesSince } from './feed';
import { listQueue } from '../store/repositories/claims';
import { othersPresent, touchPresence } from '../store/repositories/presence';
import { listReviewers } from '../store/repositories/reviewers';

/** Presence entries older than this are not shown. */
export const PRESENCE_WINDOW_MS = 15_000;
/**
 * "My queue" sends at most this many claims per section unless asked for more: a reviewer works
 * from the top (the longest waiting). Thousands of rows took 1–2 s to fetch and render; 200 still
 * made the review backlog's rows, with their article titles, most of the call (issue 16).
 */
export const QUEUE_LIMIT = QUEUE_PAGE_SIZE;

type ReviewMethods = 'changesSince' | 'waitForChanges' | 'getHistory' | 'heartbeat' | 'listReviewers' | 'listQueue' | 'getSaveStatus';

export function reviewHandlers(ctx: CoreContext): HandlersOf<ReviewMethods> {
  return {
    async changesSince({ afterId }) {
      return changesSince(ctx, afterId);
    },

    async waitForChanges({ afterId, waitMs }) {
      return ctx.changeWaiters.wait(afterId, waitMs);
    },

    async getHistory({ entity, id }) {
      return ctx.connection.read((tx) => (entity === 'claim' ? claimHistory(tx, id) : articleHistory(tx, id)));
    },

    async heartbeat({ editing }) {
      const nowMs = ctx.now().getTime();
      // Presence is written to the file; in a read-only one this copy can only see the others.
      if (ctx.db.readOnly) {
        const others = await ctx.connection.read((tx) => othersPresent(tx, ctx.session, nowMs - PRESENCE_WINDOW_MS));
        return others.map((r): PresenceEntry => ({ reviewer: r.reviewer, editing: r.editing, seenAt: new Date(r.seen_at_ms).toISOString() }));
      }
      const rows = await ctx.connection.write(async (tx) => {
        await touchPresence(tx, { session: ctx.session, reviewer: ctx.reviewer, editing, nowMs });
        return othersPresent(tx, ctx.session, nowMs - PRESENCE_WINDOW_MS);
      });
      return rows.map((r): PresenceEntry => ({ reviewer: r.reviewer, editing: r.editing, seenAt: new Date(r.seen_at_ms).toISOString() }));
    },

    async listReviewers() {
      return ctx.connection.read((tx) => listReviewers(tx));
    },

    /** "My queue": open claims assigned to this reviewer, and claims awaiting their (four-eyes) review. */
    async listQueue({ limit = QUEUE_LIMIT }) {
      // One statement, its own snapshot: no transaction around it.
      const { entries, totals } = await listQueue(ctx.connection, ctx.reviewer, limit);
      return { entries, totals, limit };
    },

    async getSaveStatus() {
      // From memory, not the database: it must answer while a save is stuck waiting for the lock.
      return ctx.saveStatus.status();
    },
  };
}
