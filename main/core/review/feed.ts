// The change feed of one open file: what the log holds after an id (changesSince), and the calls
// held until it holds something (waitForChanges). However many windows wait, one cheap check a
// tick (PRAGMA data_version, which moves when another connection commits, and this copy's own
// commit count) decides whether the log is read at all; this copy's own commits wake at once.
import type { ChangesResult } from '@common/contract';
import type { CoreContext } from '../context';
import { changesAfter, lastChangeId } from '../store/repositories/changelog';

/** Change-feed page size: a copy far behind catches up over several calls. */
export const CHANGES_PAGE = 1_000;
/**
 * How often the file is checked while someone waits: another reviewer's change shows within about
 * this long. One PRAGMA per tick costs next to nothing; nothing runs while nobody waits.
 */
export const WAIT_CHECK_MS = 250;

/** The entries after `afterId`, or nothing without reading the log when nothing can have changed. */
export async function changesSince(ctx: CoreContext, afterId: number): Promise<ChangesResult> {
  // PRAGMA data_version changes only when another connection commits; our own commits are counted
  // in localWrites. If neither moved and the caller is up to date, there is nothing to read.
  const dataVersion = (await ctx.connection.get<{ data_version: number }>('PRAGMA data_version'))?.data_version ?? -1;
  const localWrites = ctx.localWrites;
  if (dataVersion === ctx.feed.dataVersion && localWrites === ctx.feed.localWrites && afterId >= ctx.feed.lastId) {
    return { entries: [], lastId: afterId, headId: ctx.feed.lastId };
  }
  const { entries, maxId } = await ctx.connection.read(async (tx) => ({
    entries: await changesAfter(tx, afterId, CHANGES_PAGE),
    maxId: await lastChangeId(tx),
  }));
  // Remember where the log ended only when this page reached its end.
  if (entries.length < CHANGES_PAGE) ctx.feed = { dataVersion, localWrites, lastId: maxId };
  return { entries, lastId: entries.at(-1)?.id ?? afterId, headId: maxId };
}

interface Waiter {
  afterId: number;
  answer(result: ChangesResult): void;
  fail(error: unknown): void;
  timer: NodeJS.Timeout;
}

/** The held waitForChanges calls of one open file. */
export class ChangeWaiters {
  private readonly waiting = new Set<Waiter>();
  private tick: NodeJS.Timeout | undefined;
  private checking = false;
  /** A wake-up came while a check ran: check again right after it. */
  private again = false;
  private closed = false;

  constructor(private readonly ctx: CoreContext) {}

  async wait(afterId: number, waitMs: number): Promise<ChangesResult> {
    const now = await changesSince(this.ctx, afterId);
    if (now.entries.length > 0 || waitMs === 0 || this.closed) return now;
    return new Promise<ChangesResult>((resolve, reject) => {
      const waiter: Waiter = {
        afterId,
        answer: (result) => {
          this.drop(waiter);
          resolve(result);
        },
        fail: (error) => {
          this.drop(waiter);
          reject(error);
        },
        timer: setTimeout(() => waiter.answer(this.nothingAfter(afterId)), waitMs),
      };
      this.waiting.add(waiter);
      this.schedule();
    });
  }

  /** This copy committed: whoever waits hears of it now, not at the next tick. */
  wake(): void {
    if (this.waiting.size === 0 || this.closed) return;
    clearTimeout(this.tick);
    this.tick = undefined;
    if (this.checking) this.again = true;
    else void this.check();
  }

  /** The file is closing: held calls are answered (with nothing) instead of left hanging. */
  close(): void {
    this.closed = true;
    clearTimeout(this.tick);
    for (const waiter of [...this.waiting]) waiter.answer(this.nothingAfter(waiter.afterId));
  }

  private nothingAfter(afterId: number): ChangesResult {
    return { entries: [], lastId: afterId, headId: this.ctx.feed.lastId };
  }

  private drop(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    this.waiting.delete(waiter);
    if (this.waiting.size === 0) {
      clearTimeout(this.tick);
      this.tick = undefined;
    }
  }

  private schedule(): void {
    if (this.tick !== undefined || this.checking || this.closed || this.waiting.size === 0) return;
    this.tick = setTimeout(() => {
      this.tick = undefined;
      void this.check();
    }, WAIT_CHECK_MS);
  }

  /** One read for every waiter: from the oldest id any of them waits after. */
  private async check(): Promise<void> {
    this.checking = true;
    try {
      do {
        this.again = false;
        const waiters = [...this.waiting];
        if (waiters.length === 0 || this.closed) return;
        const from = Math.min(...waiters.map((w) => w.afterId));
        let result: ChangesResult;
        try {
          result = await changesSince(this.ctx, from);
        } catch (error) {
          // The file could not be read (locked past the retries, gone): each caller reports it as
          // a failed call, as a failed changesSince would be, and asks again.
          if (!this.closed) waiters.forEach((w) => w.fail(error));
          return;
        }
        for (const waiter of waiters) {
          const entries = result.entries.filter((e) => e.id > waiter.afterId);
          if (entries.length > 0) waiter.answer({ entries, lastId: entries.at(-1)?.id ?? waiter.afterId, headId: result.headId });
        }
      } while (this.again);
    } finally {
      this.checking = false;
      this.schedule();
    }
  }
}
