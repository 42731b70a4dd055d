// "Edit at a revision and log it": the template every editable entity (claim, source, comment, an
// article's metadata) follows inside one write transaction. Load the row the edit started from
// (missing → not found or a conflict, another revision → conflict), write it only if it is still
// at that revision, then re-read what was stored. The change-log entries stay with the callers, which know the owner.
import { ConflictError, FactdeskError } from '@common/domain/errors';
import type { Article, Claim, Comment, Source } from '@common/domain/types';
import type { CoreContext } from './context';
import type { NewChange } from './store/repositories/changelog';
import { getArticle } from './store/repositories/articles';
import { getClaim } from './store/repositories/claims';
import { getComment } from './store/repositories/comments';
import { deleteAtRevision, updateAtRevision } from './store/repositories/rows-update';
import { getSource } from './store/repositories/sources';
import type { SqlExecutor, SqlValue } from './store/sqlite';

export interface EditableEntity<T extends { revision: number }> {
  entity: 'article' | 'claim' | 'source' | 'comment';
  /** As the messages name it: "Claim 3 vanished…". */
  noun: string;
  get(tx: SqlExecutor, id: number): Promise<T | undefined>;
}

export const ARTICLES: EditableEntity<Article> = { entity: 'article', noun: 'Article', get: getArticle };
export const CLAIMS: EditableEntity<Claim> = { entity: 'claim', noun: 'Claim', get: getClaim };
export const SOURCES: EditableEntity<Source> = { entity: 'source', noun: 'Source', get: getSource };
export const COMMENTS: EditableEntity<Comment> = { entity: 'comment', noun: 'Comment', get: getComment };

/** The row as the edit expects it, or the error that says why not (not found, or a conflict). */
export async function loadAtRevision<T extends { revision: number }>(
  ctx: CoreContext,
  tx: SqlExecutor,
  table: EditableEntity<T>,
  id: number,
  expectedRevision: number,
): Promise<T> {
  const current = await table.get(tx, id);
  if (!current) throw await ctx.missing(tx, table.entity, id, expectedRevision);
  if (current.revision !== expectedRevision) throw new ConflictError<T>(table.entity, id, expectedRevision, current);
  return current;
}

/** Writes the columns if the row is still at `revision`; otherwise a conflict carrying the row as it is now. */
export async function updateOrConflict<T extends { revision: number }>(
  tx: SqlExecutor,
  table: EditableEntity<T>,
  id: number,
  revision: number,
  columns: Record<string, SqlValue>,
): Promise<void> {
  if (!(await updateAtRevision(tx, table.entity, id, revision, columns))) {
    throw new ConflictError(table.entity, id, revision, (await table.get(tx, id)) ?? null);
  }
}

/** Deletes the row if it is still at `revision`; otherwise a conflict carrying the row as it is now. */
export async function deleteOrConflict<T extends { revision: number }>(
  tx: SqlExecutor,
  table: EditableEntity<T>,
  id: number,
  revision: number,
): Promise<void> {
  if (!(await deleteAtRevision(tx, table.entity, id, revision))) {
    throw new ConflictError(table.entity, id, revision, (await table.get(tx, id)) ?? null);
  }
}

/** The row just written, read back in the same transaction (it cannot be gone: that would be a bug). */
export async function reread<T extends { revision: number }>(
  tx: SqlExecutor,
  table: EditableEntity<T>,
  id: number,
  doing: 'created' | 'saved',
): Promise<T> {
  const row = await table.get(tx, id);
  if (!row) throw new FactdeskError('internal', `${table.noun} ${id} vanished while it was being ${doing}.`);
  return row;
}

/**
 * Logs a change to a row that belongs to a claim (a source, a comment) under that claim and its
 * article, and returns the claim (undefined if it is gone) for what follows.
 */
export async function logUnderClaim(
  ctx: CoreContext,
  tx: SqlExecutor,
  at: string,
  entry: Omit<NewChange, 'at' | 'reviewer' | 'articleId' | 'claimId'> & { claimId: number },
): Promise<Claim | undefined> {
  const claim = await getClaim(tx, entry.claimId);
  await ctx.change(tx, at, { ...entry, articleId: claim?.articleId ?? null });
  return claim;
}

/** Without its id: how a row appears in the change log's before/after. */
export function withoutId<T extends { id: number }>(row: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = row;
  return rest;
}
