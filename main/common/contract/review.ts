// Reviewing together: the change feed, history, presence, reviewers, "my queue", the save status.
import { z } from 'zod';
import type { ChangeEntry, Claim } from '../domain/types';
import { MAX_CHANGE_WAIT_MS } from '../domain/limits';
import { id, returns } from './shared';
import { QUEUE_MAX_LIMIT } from './queue';

export { MAX_CHANGE_WAIT_MS } from '../domain/limits';

export interface ChangesResult {
  entries: ChangeEntry[];
  /** Pass back as `afterId` on the next poll. */
  lastId: number;
  /**
   * The newest entry in the whole log when this was read. A window that has just loaded what is on
   * screen starts following from here, instead of paging through the file's entire history.
   */
  headId: number;
}

export interface PresenceEntry {
  reviewer: string;
  editing: string | null;
  seenAt: string;
}

/** One claim in a reviewer's "My queue". */
export interface QueueEntry {
  claim: Claim;
  articleTitle: string;
  /** Why it is in the queue: assigned to me, and/or waiting for a reviewer other than the verdict's author. */
  reasons: Array<'assigned' | 'review'>;
}

/**
 * "My queue", bounded: a busy desk has thousands of open claims. Each section (assigned to me;
 * waiting for my review and not assigned to me) holds at most `limit` entries, the ones whose
 * last change is oldest (they have waited longest), and says how many it has in all.
 */
export interface QueuePage {
  /** Oldest change first. */
  entries: QueueEntry[];
  totals: { assigned: number; review: number };
  /** The most entries of one section this answer holds. */
  limit: number;
}

/**
 * Whether this copy is waiting for the shared file because another reviewer's save holds its lock
 * (SQLITE_BUSY, being retried). Answered from memory, never queued behind the waiting save, so a
 * window can poll it while its own save is pending and show a calm status instead of an error.
 */
export interface SaveStatus {
  waiting: boolean;
  /** Retries so far in the current wait; 0 when not waiting. */
  attempt: number;
  /** When the current wait began (ISO time), or null. */
  since: string | null;
  /** A sentence for the status line while waiting ("Another reviewer is saving…"), else null. */
  message: string | null;
}

export const reviewContract = {
  changesSince: {
    input: z.object({ afterId: z.number().int().nonnegative() }).strict(),
    output: returns<ChangesResult>(),
  },
  /**
   * The change feed without polling: answers at once when the log has entries after `afterId`,
   * otherwise holds the call until one is committed (by anyone) or `waitMs` passes, then answers
   * with no entries. Closing the file answers held calls with no entries too.
   */
  waitForChanges: {
    input: z
      .object({ afterId: z.number().int().nonnegative(), waitMs: z.number().int().nonnegative().max(MAX_CHANGE_WAIT_MS) })
      .strict(),
    output: returns<ChangesResult>(),
  },
  getHistory: {
    input: z.object({ entity: z.enum(['article', 'claim']), id }).strict(),
    output: returns<ChangeEntry[]>(),
  },
  heartbeat: {
    input: z.object({ editing: z.string().max(200).nullable() }).strict(),
    output: returns<PresenceEntry[]>(),
  },
  /** Reviewers who have worked on this file, for assignment. */
  listReviewers: { input: z.object({}).strict(), output: returns<string[]>() },
  /** "My queue": open claims assigned to the current reviewer, and claims awaiting their (four-eyes) review. */
  listQueue: {
    input: z.object({ limit: z.number().int().positive().max(QUEUE_MAX_LIMIT).optional() }).strict(),
    output: returns<QueuePage>(),
  },
  /** Whether a save is waiting for another reviewer's save to finish (poll while saving). */
  getSaveStatus: { input: z.object({}).strict(), output: returns<SaveStatus>() },
} as const;
