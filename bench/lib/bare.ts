// The bare operations (issue 16): what SQLite or Chromium itself needs for the work a scenario
// times, measured in the same run on the same file, so each row can show figure ÷ bare. Absolute
// figures drift with the load of this shared machine; the ratio says what Factdesk adds.
//
// SQL here is the minimal statement for the same rows, on a plain read-only connection through
// the store's adapter (no checks, no validation, no row mapping).
import { LIST_ORDER_SQL, SEARCH_COUNT_LIMIT } from '../../main/core/store/repositories/article-list';
import { ftsQuery } from '../../main/core/store/repositories/fts';
import { openConnection, type Connection } from '../../main/core/store/sqlite';
import { timed } from './stats';

export const BARE_PAGE = 500;

/** The article list's statement: the first page by date with each article's claim counts. */
const BARE_LIST = `SELECT a.id, a.title, a.source_name, a.published_at, a.language, a.category, a.imported_at,
  (SELECT count(*) FROM claim c WHERE c.article_id = a.id) AS claim_count,
  (SELECT count(*) FROM claim c WHERE c.article_id = a.id AND c.status NOT IN ('approved', 'published', 'rejected')) AS open_claim_count
  FROM article a ORDER BY ${LIST_ORDER_SQL.date} LIMIT ?`;

/** As the issue states it: FTS5's own relevance order, the top 50. */
const BARE_RELEVANCE = 'SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT 50';

/**
 * The least a date-sorted search does (schema 10): FTS5 listing the matches in its key's order, the
 * list key, as far as the search counts them (the page comes from the first 500 of these).
 */
const BARE_DATE_MATCHES = `SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT ${SEARCH_COUNT_LIMIT + 1}`;

/** The second step's least: every claim and source matching, as FTS5 lists them. */
const BARE_RELATED_MATCHES = 'SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?1 UNION ALL SELECT rowid FROM source_fts WHERE source_fts MATCH ?1';

const BARE_SEARCH = { relevance: BARE_RELEVANCE, date: BARE_DATE_MATCHES, related: BARE_RELATED_MATCHES } as const;

export function openBare(path: string): Promise<Connection> {
  return openConnection(path, { readOnly: true });
}

/** The report's size at every desk size (issue 16: a report of 1,000 claims). */
const REPORT_SIZE = 1000;

/**
 * The report scenarios' filter: the report desk's first 1,000 claims. The desk holds every 200th
 * claim (10,000 at a million articles); the report's targets are for 1,000 at every size.
 */
export async function reportFilter(path: string, reviewer: string): Promise<{ reviewer: string; claimIds: number[] }> {
  const db = await openBare(path);
  try {
    const rows = await db.all<{ id: number }>('SELECT id FROM claim WHERE assignee = ? ORDER BY id LIMIT ?', [reviewer, REPORT_SIZE]);
    return { reviewer, claimIds: rows.map((r) => r.id) };
  } finally {
    await db.close();
  }
}

/** Open a plain read-only connection and read the list's first page: SQLite's part of opening. */
export async function bareOpenAndList(path: string): Promise<number> {
  const { ms } = await timed(async () => {
    const db = await openBare(path);
    try {
      await db.all(BARE_LIST, [BARE_PAGE]);
    } finally {
      await db.close();
    }
  });
  return ms;
}

export async function bareList(db: Connection): Promise<number> {
  return (await timed(() => db.all(BARE_LIST, [BARE_PAGE]))).ms;
}

/** The same terms the core searches for (each word a prefix term). */
export async function bareSearch(db: Connection, search: string, order: keyof typeof BARE_SEARCH): Promise<number> {
  const match = ftsQuery(search);
  if (match === null) return 0;
  return (await timed(() => db.all(BARE_SEARCH[order], [match]))).ms;
}

/** The rows a report of `reviewer`'s claims reads: the claims, their articles, their sources. */
export async function bareReportRows(db: Connection, reviewer: string, claimIds: readonly number[]): Promise<number> {
  return (
    await timed(async () => {
      const claims = await db.all<{ id: number; article_id: number }>(
        `SELECT * FROM claim c WHERE c.id IN (SELECT value FROM json_each(?2)) AND ?1 IN (c.created_by, c.verdict_set_by, c.approved_by, c.assignee)
         ORDER BY c.article_id, c.pos_start, c.id`,
        [reviewer, JSON.stringify(claimIds)],
      );
      await db.all('SELECT * FROM article WHERE id IN (SELECT value FROM json_each(?))', [JSON.stringify([...new Set(claims.map((c) => c.article_id))])]);
      await db.all('SELECT * FROM source WHERE claim_id IN (SELECT value FROM json_each(?))', [JSON.stringify(claims.map((c) => c.id))]);
    })
  ).ms;
}

/** A reviewer's open claims and the claims waiting for review, oldest change first (what the queue shows). */
export async function bareQueue(db: Connection, reviewer: string, limit: number): Promise<number> {
  return (
    await timed(async () => {
      await db.all(
        `SELECT c.*, a.title FROM claim c JOIN article a ON a.id = c.article_id
         WHERE c.assignee = ? AND c.status NOT IN ('approved', 'published', 'rejected') ORDER BY c.updated_at, c.id LIMIT ?`,
        [reviewer, limit],
      );
      await db.all(
        `SELECT c.*, a.title FROM claim c JOIN article a ON a.id = c.article_id
         WHERE c.status = 'needs_review' AND c.verdict IS NOT NULL AND coalesce(c.verdict_set_by, '') <> ?1 AND coalesce(c.assignee, '') <> ?1
         ORDER BY c.updated_at, c.id LIMIT ?2`,
        [reviewer, limit],
      );
    })
  ).ms;
}
