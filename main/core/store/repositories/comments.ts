// Comments: a thread per claim (replies via parent), each resolvable.
import type { Comment } from '@common/domain/types';
import { COMMENT_COLUMNS, toComment, type CommentRow } from '../rows';
import type { SqlExecutor } from '../sqlite';

export async function insertComment(
  tx: SqlExecutor,
  c: { claimId: number; parentId: number | null; author: string; body: string; at: string },
): Promise<number> {
  const result = await tx.run(
    'INSERT INTO comment (claim_id, parent_id, author, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    [c.claimId, c.parentId, c.author, c.body, c.at, c.at],
  );
  return result.lastId;
}

export async function getComment(tx: SqlExecutor, id: number): Promise<Comment | undefined> {
  const row = await tx.get<CommentRow>(`SELECT ${COMMENT_COLUMNS} FROM comment WHERE id = ?`, [id]);
  return row && toComment(row);
}

/** Oldest first; the UI builds threads from parentId. */
export async function listCommentsOfClaim(tx: SqlExecutor, claimId: number): Promise<Comment[]> {
  const rows = await tx.all<CommentRow>(`SELECT ${COMMENT_COLUMNS} FROM comment WHERE claim_id = ? ORDER BY id`, [claimId]);
  return rows.map(toComment);
}
