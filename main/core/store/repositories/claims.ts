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
  /** How many claims the row's section holds in all. */
  total: number;
}

/** Conditions of the queue's two sections; ?1 is the reviewer. */
const ASSIGNED = `(c.assignee = ?1 AND c.status NOT IN ('approved', 'published', 'rejected'))`;
const AWAITING_REVIEW = `(c.status = 'needs_review' AND c.verdict IS NOT NULL AND coalesce(c.verdict_set_by, '') <> ?1)`;
/** Waiting for review and not assigned to the reviewer (an open claim assigned to them is in the first section). */
const REVIEW_ONLY = `${AWAITING_REVIEW} AND coalesce(c.assignee, '') <> ?1`;

const QUEUE_COLUMNS = CLAIM_COLUMNS.split(', ').map((c) => `c.${c}`).join(', ');

/**
 * Each section walks a partial index of open claims (schema 007_scale) in the queue's order and
 * stops at the limit: a reviewer's thousands of closed claims are never read. INDEXED BY makes a
 * condition that no longer implies its index an error rather than a slow scan. ?2 is the limit.
 */
const sectionRows = (where: string, index: string, extra = '') =>
  `SELECT ${QUEUE_COLUMNS}, a.title AS article_title, ${ASSIGNED} AS assigned, ${AWAITING_REVIEW} AS awaiting_review${extra}
   FROM claim c INDEXED BY ${index} JOIN article a ON a.id = c.article_id
   WHERE ${where}
   ORDER BY c.updated_at, c.id
   LIMIT ?2`;
const sectionCount = (where: string, index: string) => `SELECT count(*) AS n FROM claim c INDEXED BY ${index} WHERE ${where}`;

/** A section's rows, each carrying the section's total: an uncorrelated subquery, counted once. */
const sectionWithTotal = (where: string, index: string) => sectionRows(where, index, `, (${sectionCount(where, index)}) AS total`);

export const QUEUE_STATEMENTS = {
  assigned: sectionRows(ASSIGNED, 'claim_open_by_assignee'),
  review: sectionRows(REVIEW_ONLY, 'claim_awaiting_review'),
  assignedCount: sectionCount(ASSIGNED, 'claim_open_by_assignee'),
  reviewCount: sectionCount(REVIEW_ONLY, 'claim_awaiting_review'),
  /**
   * Both sections and their totals in one statement, so one call is its own consistent snapshot:
   * no transaction, and one trip to the database instead of five (issue 16).
   */
  queue: `SELECT * FROM (${sectionWithTotal(ASSIGNED, 'claim_open_by_assignee')})
    UNION ALL
    SELECT * FROM (${sectionWithTotal(REVIEW_ONLY, 'claim_awaiting_review')})`,
} as const;

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
  const rows = await tx.all<QueueRow>(QUEUE_STATEMENTS.queue, [reviewer, limit]);
  // The review section never holds a claim assigned to the reviewer, so the flag tells them apart;
  // a section without rows holds none.
  const totals = { assigned: rows.find((r) => r.assigned)?.total ?? 0, review: rows.find((r) => !r.assigned)?.total ?? 0 };
  const entries = rows
    .sort((x, y) => (x.updated_at < y.updated_at ? -1 : x.updated_at > y.updated_at ? 1 : x.id - y.id))
    .map((r) => ({
      claim: toClaim(r),
      articleTitle: r.article_title,
      reasons: [...(r.assigned ? (['assigned'] as const) : []), ...(r.awaiting_review ? (['review'] as const) : [])],
    }));
  return { entries, totals };
}

/** A claim placed anew on a changed text (issue 13): new selectors, or orphaned where its quote is gone. */
export async function reanchorClaim(tx: SqlExecutor, id: number, anchor: ClaimAnchor | null, at: string): Promise<void> {
  if (anchor === null) {
    await tx.run('UPDATE claim SET orphaned = 1, updated_at = ?, revision = revision + 1 WHERE id = ?', [at, id]);
    return;
  }
  await tx.run(
    `UPDATE claim SET quote_exact = ?, quote_prefix = ?, quote_suffix = ?, pos_start = ?, pos_end = ?, orphaned = 0,
       updated_at = ?, revision = revision + 1 WHERE id = ?`,
    [anchor.quote.exact, anchor.quote.prefix, anchor.quote.suffix, anchor.position.start, anchor.position.end, at, id],
  );
}
