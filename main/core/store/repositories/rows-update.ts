// The one optimistic-concurrency write every editable entity uses: change a row only if it is
// still at the revision the edit started from, and bump the revision in the same statement.
import type { SqlExecutor, SqlValue } from '../sqlite';

export type EditableTable = 'article' | 'claim' | 'source' | 'comment' | 'setting' | 'verdict';

/**
 * `UPDATE table SET ..., revision = revision + 1 WHERE id = ? AND revision = ?`.
 * Returns false (and changes nothing) when the row is gone or at another revision.
 * Column names come from code, never from input.
 */
export async function updateAtRevision(
  tx: SqlExecutor,
  table: EditableTable,
  id: number,
  expectedRevision: number,
  columns: Record<string, SqlValue>,
): Promise<boolean> {
  const names = Object.keys(columns);
  const assignments = names.map((n) => `${n} = ?`).concat('revision = revision + 1');
  const result = await tx.run(`UPDATE ${table} SET ${assignments.join(', ')} WHERE id = ? AND revision = ?`, [
    ...names.map((n) => columns[n] ?? null),
    id,
    expectedRevision,
  ]);
  return result.changes === 1;
}

export async function deleteAtRevision(
  tx: SqlExecutor,
  table: EditableTable,
  id: number,
  expectedRevision: number,
): Promise<boolean> {
  const result = await tx.run(`DELETE FROM ${table} WHERE id = ? AND revision = ?`, [id, expectedRevision]);
  return result.changes === 1;
}
