// Checks a shared file after the review workers are done (or were killed): every acknowledged
// save is in it, the change log replays to exactly the rows, and SQLite finds nothing wrong.
// Returns problems as sentences, so a failing test says what was lost rather than "false".
import { isDeepStrictEqual } from 'node:util';
import { openConnection } from '../../main/core/store/sqlite';
import {
  CLAIM_COLUMNS,
  COMMENT_COLUMNS,
  SOURCE_COLUMNS,
  toClaim,
  toComment,
  toSource,
  type ClaimRow,
  type CommentRow,
  type SourceRow,
} from '../../main/core/store/rows';
import type { AckLine, RefusedLine } from '../workers/protocol';

interface LogRow {
  id: number;
  reviewer: string;
  entity: string;
  entity_id: number;
  claim_id: number | null;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

interface LogEntry {
  id: number;
  reviewer: string;
  entity: string;
  entityId: number;
  claimId: number | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface FileCounts {
  logEntries: number;
  claimUpdates: number;
  sources: number;
  comments: number;
  commentUpdates: number;
}

export interface Verification {
  problems: string[];
  counts: FileCounts;
}

export interface VerifyOptions {
  /** No process died: then every commit was acknowledged, and the file holds nothing more. */
  everyCommitAcknowledged: boolean;
}

/** Fields the log does not track on updates (bookkeeping the row changes by itself). */
const UNLOGGED = new Set(['revision', 'updatedAt']);

export async function verifyFile(path: string, acked: AckLine[], options: VerifyOptions): Promise<Verification> {
  const problems: string[] = [];
  const db = await openConnection(path, { readOnly: true });
  try {
    const integrity = (await db.all<{ integrity_check: string }>('PRAGMA integrity_check')).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.slice(0, 5).join('; ')}`);
    const foreignKeys = await db.all('PRAGMA foreign_key_check');
    if (foreignKeys.length > 0) problems.push(`foreign_key_check found ${foreignKeys.length} dangling references`);

    const log: LogEntry[] = (
      await db.all<LogRow>('SELECT id, reviewer, entity, entity_id, claim_id, action, before_json, after_json FROM change_log ORDER BY id')
    ).map((r) => ({
      id: r.id,
      reviewer: r.reviewer,
      entity: r.entity,
      entityId: r.entity_id,
      claimId: r.claim_id,
      action: r.action,
      before: r.before_json === null ? null : (JSON.parse(r.before_json) as Record<string, unknown>),
      after: r.after_json === null ? null : (JSON.parse(r.after_json) as Record<string, unknown>),
    }));
    // Rolled-back saves must not leave holes: writers take turns, so ids follow commit order.
    log.forEach((e, i) => {
      if (e.id !== i + 1) problems.push(`change_log ids are not consecutive at position ${i + 1} (id ${e.id})`);
    });

    const claims = (await db.all<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM claim ORDER BY id`)).map(toClaim);
    const sources = (await db.all<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM source ORDER BY id`)).map(toSource);
    const comments = (await db.all<CommentRow>(`SELECT ${COMMENT_COLUMNS} FROM comment ORDER BY id`)).map(toComment);

    const byEntity = new Map<string, LogEntry[]>();
    for (const e of log) {
      const key = `${e.entity}:${e.entityId}`;
      byEntity.set(key, [...(byEntity.get(key) ?? []), e]);
    }

    // The log must replay to the row: a create with the whole row, then updates whose "before"
    // is what the previous entry left (no save built on a stale read), ending at the row as stored.
    const replay = (entity: string, row: { id: number; revision: number }): LogEntry[] => {
      const entries = byEntity.get(`${entity}:${row.id}`) ?? [];
      const [create, ...updates] = entries;
      if (!create || create.action !== 'create' || create.after === null) {
        problems.push(`${entity} ${row.id} has no create entry in the change log`);
        return [];
      }
      if (updates.some((u) => u.action !== 'update')) problems.push(`${entity} ${row.id} has log entries other than updates`);
      const state: Record<string, unknown> = { ...create.after };
      for (const u of updates) {
        for (const [field, value] of Object.entries(u.before ?? {})) {
          if (!isDeepStrictEqual(state[field], value)) {
            problems.push(`${entity} ${row.id}: log entry ${u.id} says ${field} was ${JSON.stringify(value)}, but the previous entry left ${JSON.stringify(state[field])}`);
          }
        }
        Object.assign(state, u.after);
      }
      if (row.revision !== 1 + updates.length) {
        problems.push(`${entity} ${row.id} is at revision ${row.revision} but the log has ${updates.length} updates`);
      }
      const stored: Record<string, unknown> = { ...row };
      for (const [field, value] of Object.entries(state)) {
        if (UNLOGGED.has(field)) continue;
        if (!isDeepStrictEqual(stored[field], value)) {
          problems.push(`${entity} ${row.id}: ${field} is ${JSON.stringify(stored[field])} in the row but ${JSON.stringify(value)} by the log`);
        }
      }
      return updates;
    };

    const claimUpdates = new Map(claims.map((c) => [c.id, replay('claim', c)]));
    // A claim update no updateClaim acknowledged must be an approval withdrawn by the source save
    // just before it (same reviewer, same claim, one transaction): the report changed.
    const byId = new Map(log.map((e) => [e.id, e]));
    const withdrawals = [...claimUpdates.values()].flat().filter((u) => tokenOf(u) === undefined);
    for (const u of withdrawals) {
      const cause = byId.get(u.id - 1);
      const withdrawn =
        u.before?.approvedBy !== undefined && u.after?.approvedBy === null && u.after?.status === 'needs_review';
      if (!withdrawn || cause?.entity !== 'source' || cause.claimId !== u.entityId || cause.reviewer !== u.reviewer) {
        problems.push(`claim ${u.entityId} update ${u.id} carries no save's token and is no approval withdrawn by a source change`);
      }
    }
    for (const s of sources) replay('source', s);
    const commentUpdates = new Map(comments.map((c) => [c.id, replay('comment', c)]));
    const sourceIds = new Map(sources.map((s) => [s.id, s]));
    const commentIds = new Map(comments.map((c) => [c.id, c]));

    for (const ack of acked) {
      // A save acknowledged on top of a revision other than the one it started from overwrote
      // someone's work without them seeing it: the lost update this design must make impossible.
      if ((ack.op === 'updateClaim' || ack.op === 'resolveComment') && ack.revision !== ack.expectedRevision + 1) {
        problems.push(`${ack.op} of ${ack.id} started from revision ${ack.expectedRevision} but was saved as revision ${ack.revision}`);
      }
      switch (ack.op) {
        case 'updateClaim': {
          const updates = claimUpdates.get(ack.id) ?? [];
          const at = updates.findIndex((u) => tokenOf(u) === ack.token);
          if (at === -1) problems.push(`acknowledged update ${ack.token} of claim ${ack.id} is not in the file`);
          else if (ack.revision !== at + 2) {
            problems.push(`acknowledged update ${ack.token} returned revision ${ack.revision}, but it is update ${at + 1} of claim ${ack.id}`);
          } else if (updates[at]?.reviewer !== ack.token.split('#')[0]) {
            problems.push(`update ${ack.token} is logged for reviewer ${updates[at]?.reviewer}`);
          }
          break;
        }
        case 'addSource': {
          const source = sourceIds.get(ack.id);
          if (!source || source.claimId !== ack.claimId || source.title !== ack.token) {
            problems.push(`acknowledged source ${ack.token} (id ${ack.id}) is not in the file`);
          }
          break;
        }
        case 'addComment': {
          const comment = commentIds.get(ack.id);
          if (!comment || comment.claimId !== ack.claimId || comment.parentId !== ack.parentId || !comment.body.includes(ack.token)) {
            problems.push(`acknowledged comment ${ack.token} (id ${ack.id}) is not in the file`);
          }
          break;
        }
        case 'resolveComment': {
          const update = (commentUpdates.get(ack.id) ?? [])[ack.revision - 2];
          if (update?.after?.resolved !== ack.resolved) {
            problems.push(`acknowledged resolve of comment ${ack.id} (revision ${ack.revision}) is not in the file`);
          }
          break;
        }
      }
    }

    const counts: FileCounts = {
      logEntries: log.length,
      claimUpdates: [...claimUpdates.values()].reduce((n, u) => n + u.length, 0),
      sources: sources.length,
      comments: comments.length,
      commentUpdates: [...commentUpdates.values()].reduce((n, u) => n + u.length, 0),
    };
    if (options.everyCommitAcknowledged) {
      const ackCount = (op: AckLine['op']): number => acked.filter((a) => a.op === op).length;
      const expect = (what: string, inFile: number, acknowledged: number): void => {
        if (inFile !== acknowledged) problems.push(`${inFile} ${what} in the file, but ${acknowledged} acknowledged`);
      };
      expect('claim updates', counts.claimUpdates - withdrawals.length, ackCount('updateClaim'));
      expect('sources', counts.sources, ackCount('addSource'));
      expect('comments', counts.comments, ackCount('addComment'));
      expect('comment resolutions', counts.commentUpdates, ackCount('resolveComment'));
    }
    return { problems, counts };
  } finally {
    await db.close();
  }
}

/** The worker's token of a claim update: in the rationale, or (an approved claim reassigned) in the assignee. */
function tokenOf(update: LogEntry): unknown {
  return update.after?.rationale ?? update.after?.assignee;
}

/** Every refused save must be a real conflict: someone else had saved past the revision it named. */
export function refusalProblems(refused: RefusedLine[]): string[] {
  return refused.flatMap((r) => {
    if (r.code !== 'conflict') return [`${r.op} ${r.id} was refused with "${r.code}": ${r.message}`];
    if (r.expectedRevision === undefined || r.currentRevision === undefined || r.currentRevision === null) {
      return [`${r.op} ${r.id} was refused as a conflict without a current revision`];
    }
    if (r.currentRevision <= r.expectedRevision) {
      return [`${r.op} ${r.id} was refused as a conflict, but the row was still at revision ${r.currentRevision} (expected ${r.expectedRevision})`];
    }
    return [];
  });
}
