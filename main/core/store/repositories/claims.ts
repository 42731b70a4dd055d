// Claims: anchored ranges of an article's text under review.
import type { Claim, ClaimAnchor, ClaimPart, ClaimStatus } from '@common/domain/types';
import { CLAIM_COLUMNS, toClaim, type ClaimRow } from '../rows';
import type { SqlExecutor } from '../sqlite';

export interface NewClaim {
  articleId: number;
  /** The part whose text `anchor` indexes. */
  part: ClaimPart;
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
    `INSERT INTO claim (article_id, part, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end, claim_reviewed,
       claimant, verdict, status, verdict_set_by, created_by, created_at, updated_at, claim_date, rationale)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      c.articleId,
      c.part,
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

/** An article's claims in reading order (headline, teaser, body; then by position, then id). */
export async function listClaimsOfArticle(tx: SqlExecutor, articleId: number): Promise<Claim[]> {
  const rows = await tx.all<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM claim WHERE article_id = ?
     ORDER BY CASE part WHEN 'headline' THEN 0 WHEN 'teaser' THEN 1 ELSE 2 END, pos_start, pos_end, id`,
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
  publishedAt: 'published_at',
  publishedBy: 'published_by',
  publishedUrl: 'published_url',
  modifiedAt: 'modified_at',
  orphaned: 'orphaned',
} as const;

export interface QueueRow extends ClaimRow {
  article_title: string;
  assigned: number;
  awaiting_review: number;
}

/** Conditions of the queue's two sections; ?1 is the reviewer. */
const ASSIGNED = `(c.assignee = ?1 AND c.status NOT IN ('approved', 'published', 'rejected'))`;
const AWAITING_REVIEW = `(c.status = 'needs_review' AND c.verdict IS NOT NULL AND coalesce(c.verdict_set_by, '') <> ?1)`;
/** Waiting for review and not assigned to the reviewer (an open claim assigned to them is in the first section). */
const REVIEW_ONLY = `${AWAITING_REVIEW} AND coalesce(c.assignee, '') <> ?1`;

export interface QueueSlice {
  entries: Array<{ claim: Claim; articleTitle: string; reasons: Array<'assigned' | 'review'> }>;
  /** How many claims each section holds in all; entries holds at most `limit` of each. */
  totals: { assigned: number; review: number };
}

/**
 * A reviewer's work: open claims assigned to them, and claims waiting for review whose verdict
 * someone else set (the ones they may approve). Oldest change first, so nothing starves: with a
 * limit, the claims waiting longest are the ones shown. Each section gets up to `limit` entries
 * (a long review backlog never hides what is assigned) and its total count.
 */
export async function listQueue(tx: SqlExecutor, reviewer: string, limit: number): Promise<QueueSlice> {
  const columns = CLAIM_COLUMNS.split(', ').map((c) => `c.${c}`).join(', ');
  // The section's total comes with its rows (a window count): one pass over the reviewer's
  // claims instead of a second one for count(*).
  const section = (where: string) =>
    tx.all<QueueRow & { section_total: number }>(
      `SELECT ${columns}, a.title AS article_title, ${ASSIGNED} AS assigned, ${AWAITING_REVIEW} AS awaiting_review,
         count(*) OVER () AS section_total
       FROM claim c JOIN article a ON a.id = c.article_id
       WHERE ${where}
       ORDER BY c.updated_at, c.id
       LIMIT ?2`,
      [reviewer, limit],
    );
  const assigned = await section(ASSIGNED);
  const review = await section(REVIEW_ONLY);
  const entries = [...assigned, ...review]
    .sort((x, y) => (x.updated_at < y.updated_at ? -1 : x.updated_at > y.updated_at ? 1 : x.id - y.id))
    .map((r) => ({
      claim: toClaim(r),
      articleTitle: r.article_title,
      reasons: [...(r.assigned ? (['assigned'] as const) : []), ...(r.awaiting_review ? (['review'] as const) : [])],
    }));
  return { entries, totals: { assigned: assigned[0]?.section_total ?? 0, review: review[0]?.section_total ?? 0 } };
}
