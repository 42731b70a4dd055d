// Claims: anchored ranges of an article's text under review.
import type { Claim, ClaimAnchor, ClaimStatus } from '../../domain/types';
import { CLAIM_COLUMNS, toClaim, type ClaimRow } from '../rows';
import type { SqlExecutor } from '../sqlite';

export interface NewClaim {
  articleId: number;
  anchor: ClaimAnchor;
  claimReviewed: string;
  claimant: string | null;
  verdict: string | null;
  status: ClaimStatus;
  createdBy: string;
  at: string;
  /** Known at creation only when claims arrive from elsewhere (annotation re-import). */
  claimDate?: string | null;
  rationale?: string | null;
}

export async function insertClaim(tx: SqlExecutor, c: NewClaim): Promise<number> {
  const result = await tx.run(
    `INSERT INTO claim (article_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end, claim_reviewed,
       claimant, verdict, status, verdict_set_by, created_by, created_at, updated_at, claim_date, rationale)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      c.articleId,
      c.anchor.quote.exact,
      c.anchor.quote.prefix,
      c.anchor.quote.suffix,
      c.anchor.position.start,
      c.anchor.position.end,
      c.claimReviewed,
      c.claimant,
      c.verdict,
      c.status,
      c.verdict === null ? null : c.createdBy,
      c.createdBy,
      c.at,
      c.at,
      c.claimDate ?? null,
      c.rationale ?? null,
    ],
  );
  return result.lastId;
}

export async function getClaim(tx: SqlExecutor, id: number): Promise<Claim | undefined> {
  const row = await tx.get<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM claim WHERE id = ?`, [id]);
  return row && toClaim(row);
}

/** An article's claims in reading order (by position, then id). */
export async function listClaimsOfArticle(tx: SqlExecutor, articleId: number): Promise<Claim[]> {
  const rows = await tx.all<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM claim WHERE article_id = ? ORDER BY pos_start, pos_end, id`,
    [articleId],
  );
  return rows.map(toClaim);
}

/** Claim field (domain name) to column, for the fields an update may change. */
export const CLAIM_FIELD_COLUMNS = {
  claimReviewed: 'claim_reviewed',
  claimant: 'claimant',
  claimDate: 'claim_date',
  verdict: 'verdict',
  rationale: 'rationale',
  status: 'status',
  assignee: 'assignee',
  verdictSetBy: 'verdict_set_by',
  approvedBy: 'approved_by',
  orphaned: 'orphaned',
} as const;

export interface QueueRow extends ClaimRow {
  article_title: string;
  assigned: number;
  awaiting_review: number;
}

/**
 * A reviewer's work: open claims assigned to them, and claims waiting for review whose verdict
 * someone else set (the ones they may approve). Oldest change first, so nothing starves.
 */
export async function listQueue(tx: SqlExecutor, reviewer: string): Promise<Array<{ claim: Claim; articleTitle: string; reasons: Array<'assigned' | 'review'> }>> {
  const rows = await tx.all<QueueRow>(
    `SELECT ${CLAIM_COLUMNS.split(', ').map((c) => `c.${c}`).join(', ')}, a.title AS article_title,
       (c.assignee = ?1 AND c.status NOT IN ('approved', 'published', 'rejected')) AS assigned,
       (c.status = 'needs_review' AND c.verdict IS NOT NULL AND coalesce(c.verdict_set_by, '') <> ?1) AS awaiting_review
     FROM claim c JOIN article a ON a.id = c.article_id
     WHERE (c.assignee = ?1 AND c.status NOT IN ('approved', 'published', 'rejected'))
        OR (c.status = 'needs_review' AND c.verdict IS NOT NULL AND coalesce(c.verdict_set_by, '') <> ?1)
     ORDER BY c.updated_at, c.id`,
    [reviewer],
  );
  return rows.map((r) => ({
    claim: toClaim(r),
    articleTitle: r.article_title,
    reasons: [...(r.assigned ? (['assigned'] as const) : []), ...(r.awaiting_review ? (['review'] as const) : [])],
  }));
}
