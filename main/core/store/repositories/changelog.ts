// The append-only change log: every write adds entries here in its own transaction. Whoever an
// entry names becomes one of the file's reviewers: the reviewer table lists the people who wrote
// to the file, so opening or reading it registers nobody.
import type { ChangeAction, ChangeEntity, ChangeEntry } from '@common/domain/types';
import { CHANGE_COLUMNS, toChange, type ChangeRow } from '../rows';
import type { SqlExecutor, SqlValue } from '../sqlite';
import { registerReviewer } from './reviewers';

export interface NewChange {
  at: string;
  reviewer: string;
  entity: ChangeEntity;
  entityId: number;
  articleId: number | null;
  claimId: number | null;
  action: ChangeAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export async function appendChange(tx: SqlExecutor, c: NewChange): Promise<number> {
  const result = await tx.run(
    `INSERT INTO change_log (at, reviewer, entity, entity_id, article_id, claim_id, action, before_json, after_json)
     VALUES ${CHANGE_ROW_PARAMS}`,
    changeParams(c),
  );
  await registerReviewer(tx, c.reviewer, c.at);
  return result.lastId;
}

const CHANGE_ROW_PARAMS = '(?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** Many entries in one statement (bulk import): one round trip instead of one per entry. */
export async function appendChanges(tx: SqlExecutor, changes: readonly NewChange[]): Promise<void> {
  // 9 parameters per row stays far below SQLite's 32,766-variable limit at 1,000 rows.
  for (let i = 0; i < changes.length; i += 1_000) {
    const chunk = changes.slice(i, i + 1_000);
    await tx.run(
      `INSERT INTO change_log (at, reviewer, entity, entity_id, article_id, claim_id, action, before_json, after_json)
       VALUES ${chunk.map(() => CHANGE_ROW_PARAMS).join(', ')}`,
      chunk.flatMap((c) => changeParams(c)),
    );
  }
  const latest = new Map(changes.map((c) => [c.reviewer, c.at]));
  for (const [reviewer, at] of latest) await registerReviewer(tx, reviewer, at);
}

function changeParams(c: NewChange): SqlValue[] {
  return [
    c.at,
    c.reviewer,
    c.entity,
    c.entityId,
    c.articleId,
    c.claimId,
    c.action,
    c.before === null ? null : JSON.stringify(c.before),
    c.after === null ? null : JSON.stringify(c.after),
  ];
}

export async function changesAfter(tx: SqlExecutor, afterId: number, limit: number): Promise<ChangeEntry[]> {
  const rows = await tx.all<ChangeRow>(`SELECT ${CHANGE_COLUMNS} FROM change_log WHERE id > ? ORDER BY id LIMIT ?`, [
    afterId,
    limit,
  ]);
  return rows.map(toChange);
}

export async function lastChangeId(tx: SqlExecutor): Promise<number> {
  return (await tx.get<{ id: number | null }>('SELECT max(id) AS id FROM change_log'))?.id ?? 0;
}

/** A claim's own entries plus those of its sources and comments. */
export async function claimHistory(tx: SqlExecutor, claimId: number): Promise<ChangeEntry[]> {
  const rows = await tx.all<ChangeRow>(
    `SELECT ${CHANGE_COLUMNS} FROM change_log
     WHERE (entity = 'claim' AND entity_id = ?) OR claim_id = ? ORDER BY id`,
    [claimId, claimId],
  );
  return rows.map(toChange);
}

/** An article's entries plus everything on its claims. */
export async function articleHistory(tx: SqlExecutor, articleId: number): Promise<ChangeEntry[]> {
  const rows = await tx.all<ChangeRow>(
    `SELECT ${CHANGE_COLUMNS} FROM change_log
     WHERE (entity = 'article' AND entity_id = ?) OR article_id = ? ORDER BY id`,
    [articleId, articleId],
  );
  return rows.map(toChange);
}

/** Whether the row existed once and was deleted (a conflict), as opposed to never existing. */
export async function wasDeleted(tx: SqlExecutor, entity: ChangeEntity, id: number): Promise<boolean> {
  const row = await tx.get<{ found: number }>(
    "SELECT 1 AS found FROM change_log WHERE entity = ? AND entity_id = ? AND action = 'delete' LIMIT 1",
    [entity, id],
  );
  return row !== undefined;
}
