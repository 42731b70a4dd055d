// The article list: one page of the articles in an order, with or without a search, and how many
// there are in all. A search finds articles through their own text, their claims and their
// sources; it can be asked in two steps (issue 16), so the text matches show at once and the
// rest, which costs more, follows.
import type { ArticlePage, ArticleSummary } from '@common/domain/types';
import { CLOSED_CLAIM_STATUSES } from '@common/domain/types';
import { ARTICLE_PAGE_SIZE } from '@common/contract/articles';
import type { SqlExecutor } from '../sqlite';
import { countArticles } from './articles';
import { ftsQuery } from './fts';

export type ArticleSort = 'date' | 'title' | 'imported';

export interface ArticleListQuery {
  search?: string;
  sort?: ArticleSort;
  limit?: number;
  offset?: number;
  /**
   * One step of a search: 'text', the articles whose own text matches; 'related', those found
   * only through a claim or a source. Both together when absent; ignored without a search.
   */
  matches?: 'text' | 'related';
}

const CLOSED_LIST = CLOSED_CLAIM_STATUSES.map((s) => `'${s}'`).join(', ');

// text_changed: a version newer than the first claim, so the text changed after claims were
// marked (issue 13); a lookup by the article_version key and the claim_by_article index.
const SUMMARY_COLUMNS = `a.id, a.title, a.source_name, a.published_at, a.language, a.category, a.imported_at,
  (SELECT count(*) FROM claim c WHERE c.article_id = a.id) AS claim_count,
  (SELECT count(*) FROM claim c WHERE c.article_id = a.id AND c.status NOT IN (${CLOSED_LIST})) AS open_claim_count,
  EXISTS (SELECT 1 FROM article_version v WHERE v.article_id = a.id AND v.version > 1
    AND v.created_at > (SELECT min(c.created_at) FROM claim c WHERE c.article_id = a.id)) AS text_changed`;

/**
 * The list key (schema 10): an article's moment of publication in seconds, times 2^28, plus its id;
 * undated articles are 0 + id, below every dated one. The same text as the index
 * article_by_list_key (migrations/010_date_keyed_search.sql), which SQLite uses only for an
 * identical expression. article_fts is keyed by it, so its rowid & KEY_ID is the article's id.
 */
const LIST_KEY =
  '(CASE WHEN unixepoch(published_at) IS NULL THEN 0 ELSE min(max(unixepoch(published_at) + 8589934592, 1), 17179869183) END) * 268435456 + id';
const KEY_ID = 268435455;

/**
 * Newest first is the list key descending; the import order is the (imported_at, id) index read
 * backwards: the first 500 of a million articles come without sorting them all.
 */
export const LIST_ORDER_SQL: Record<ArticleSort, string> = {
  date: `${LIST_KEY} DESC`,
  title: 'a.title COLLATE NOCASE ASC, a.id ASC',
  imported: 'a.imported_at DESC, a.id DESC',
};

/**
 * A sorted search walks the sort's index and keeps the articles in the set of matches, stopping
 * at the limit. Left to itself, the planner looks up every match and sorts them all instead, which
 * costs five to ten times more when a word is in thousands of articles. Title order has no index.
 */
const SORT_INDEX: Record<ArticleSort, string> = {
  date: 'INDEXED BY article_by_list_key',
  title: '',
  imported: 'INDEXED BY article_by_imported',
};

/** The most matches a search in date order counts before it says "more than 10,000". */
export const SEARCH_COUNT_LIMIT = 10_000;

/** A set of matching article ids (parameter ?1 is the FTS query); `distinct` when no id repeats. */
interface MatchSet {
  ids: string;
  distinct: boolean;
}

const TEXT_MATCHES: MatchSet = { ids: `SELECT rowid & ${KEY_ID} AS article_id FROM article_fts WHERE article_fts MATCH ?1`, distinct: true };

/**
 * Matching claims and sources find their article through the narrow (id, parent) indexes of
 * schema 2, which the planner would pass over for the rowid (reading each match's whole row,
 * several times slower).
 */
const CLAIM_MATCHES = `SELECT c.article_id FROM claim_fts JOIN claim c INDEXED BY claim_article_of ON c.id = claim_fts.rowid
  WHERE claim_fts MATCH ?1`;
const SOURCE_MATCHES = `SELECT c.article_id FROM source_fts JOIN source s INDEXED BY source_claim_of ON s.id = source_fts.rowid
    JOIN claim c INDEXED BY claim_article_of ON c.id = s.claim_id
  WHERE source_fts MATCH ?1`;

/** Articles found through a claim or a source whose own text does not match (the second step). */
const RELATED_MATCHES: MatchSet = { ids: `${CLAIM_MATCHES} UNION ${SOURCE_MATCHES} EXCEPT ${TEXT_MATCHES.ids}`, distinct: true };

/** Every match, with repeats (an article, its claims and its sources may all match). */
const ALL_MATCHES: MatchSet = { ids: `${TEXT_MATCHES.ids} UNION ALL ${CLAIM_MATCHES} UNION ALL ${SOURCE_MATCHES}`, distinct: false };

interface SummaryRow {
  id: number;
  title: string;
  source_name: string | null;
  published_at: string | null;
  language: string | null;
  category: string | null;
  imported_at: string;
  claim_count: number;
  open_claim_count: number;
  text_changed: number;
}

type CountedRow = SummaryRow & { total: number };

/**
 * One page of the articles, newest import first by default, with how many there are in all. With
 * a search, articles whose own text, or whose claims or sources, match (prefix search, as you
 * type); unsorted searches come by relevance.
 */
export async function listArticles(tx: SqlExecutor, query: ArticleListQuery): Promise<ArticlePage> {
  const limit = query.limit ?? ARTICLE_PAGE_SIZE;
  const offset = query.offset ?? 0;
  const match = query.search === undefined ? null : ftsQuery(query.search);
  const nothingCanMatch = query.search !== undefined && query.search.trim() !== '' && match === null;
  const set = query.matches === 'text' ? TEXT_MATCHES : query.matches === 'related' ? RELATED_MATCHES : ALL_MATCHES;
  // Searches bring the number of matches along (`total`), counted from the matches the statement
  // gathers anyway: a second query would run the full-text search twice.
  let rows: Array<SummaryRow & { total?: number }>;
  let totalIncomplete = match !== null && query.matches === 'text';
  let totalAtLeast = false;
  if (nothingCanMatch) {
    rows = []; // only punctuation: nothing can match
  } else if (match === null) {
    rows = await tx.all<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM article a ORDER BY ${LIST_ORDER_SQL[query.sort ?? 'imported']} LIMIT ? OFFSET ?`,
      [limit, offset],
    );
  } else if (query.sort === 'date' && query.matches === 'text') {
    ({ rows, totalAtLeast } = await textByDate(tx, match, limit, offset));
  } else if (query.sort) {
    rows = await sortedMatches(tx, set, query.sort, match, limit, offset);
  } else if (query.matches === 'text') {
    rows = await textByRelevance(tx, match, limit, offset);
  } else if (query.matches === 'related') {
    rows = await relatedByRelevance(tx, match, limit, offset);
  } else {
    const page = await relevancePage(tx, match, limit, offset);
    rows = page.rows;
    totalIncomplete = page.textOnly;
  }
  // A page that is not full ends the list, so its total is known without counting; a search's
  // rows carry theirs; only a page past the end of a search needs a count of its own.
  const total =
    rows.length > 0 && rows.length < limit
      ? offset + rows.length
      : (rows[0]?.total ?? (nothingCanMatch || (rows.length === 0 && offset === 0) ? 0 : await countListed(tx, match, set)));
  const articles: ArticleSummary[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    sourceName: r.source_name,
    publishedAt: r.published_at,
    language: r.language,
    category: r.category,
    claimCount: r.claim_count,
    openClaimCount: r.open_claim_count,
    textChangedAfterClaims: r.text_changed === 1,
    importedAt: r.imported_at,
  }));
  // A page that is not full ends the list: its total is exact even where the count stopped.
  const atLeast = totalAtLeast && rows.length === limit;
  return { articles, total, offset, limit, ...(totalIncomplete ? { totalIncomplete } : {}), ...(atLeast ? { totalAtLeast: true } : {}) };
}

/** A page of a set of matches in a sort order: which articles match is all that counts, so no relevance is computed. */
async function sortedMatches(tx: SqlExecutor, set: MatchSet, sort: ArticleSort, match: string, limit: number, offset: number): Promise<CountedRow[]> {
  return tx.all<CountedRow>(
    `WITH matched (article_id) AS MATERIALIZED (${set.ids})
     SELECT ${SUMMARY_COLUMNS}, (SELECT count(${set.distinct ? '*' : 'DISTINCT article_id'}) FROM matched) AS total
     FROM article a ${SORT_INDEX[sort]}
     WHERE a.id IN matched
     ORDER BY ${LIST_ORDER_SQL[sort]} LIMIT ?2 OFFSET ?3`,
    [match, limit, offset],
  );
}

/**
 * The articles whose own text matches, newest first: FTS5 reads the matches in its key's order (the
 * list key), so the page is the first rows it finds and the count stops at SEARCH_COUNT_LIMIT (or
 * as far as the page reaches). A date order of every match needed them all: at a million articles
 * a common word is in 300,000 (issue 16).
 */
async function textByDate(tx: SqlExecutor, match: string, limit: number, offset: number): Promise<{ rows: CountedRow[]; totalAtLeast: boolean }> {
  const counted = Math.max(SEARCH_COUNT_LIMIT, offset + limit);
  const rows = await tx.all<CountedRow>(
    `WITH hits (list_key) AS MATERIALIZED (
       SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?4
     ),
     page (list_key) AS (SELECT list_key FROM hits ORDER BY list_key DESC LIMIT ?2 OFFSET ?3)
     SELECT ${SUMMARY_COLUMNS}, (SELECT count(*) FROM hits) AS total
     FROM page JOIN article a ON a.id = page.list_key & ${KEY_ID}
     ORDER BY page.list_key DESC`,
    [match, limit, offset, counted + 1],
  );
  const more = (rows[0]?.total ?? 0) > counted;
  return { rows: more ? rows.map((r) => ({ ...r, total: counted })) : rows, totalAtLeast: more };
}

/**
 * The articles whose own text matches, ranked by FTS5's bm25 (title, subtitle, text weighted
 * 10:5:1) and cut to the page before any article row is read: about what FTS5's own
 * `ORDER BY rank LIMIT` costs (the explicit weights cost no more than a configured `rank`).
 * The total rides along in the same statement, counted once (an uncorrelated subquery): a count
 * of its own cost a second trip to the database, and ranking every match to count it costs more
 * than counting them again inside SQLite.
 */
async function textByRelevance(tx: SqlExecutor, match: string, limit: number, offset: number): Promise<CountedRow[]> {
  return tx.all<CountedRow>(
    `WITH hits (list_key, rank) AS MATERIALIZED (
       SELECT rowid, bm25(article_fts, 10.0, 5.0, 1.0) AS rank FROM article_fts WHERE article_fts MATCH ?1
       ORDER BY rank ASC, rowid DESC LIMIT ?2 OFFSET ?3
     )
     SELECT ${SUMMARY_COLUMNS}, (SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1) AS total
     FROM hits JOIN article a ON a.id = hits.list_key & ${KEY_ID}
     ORDER BY hits.rank ASC, hits.list_key DESC`,
    [match, limit, offset],
  );
}

/** The articles found only through a claim or a source, each ranked by its best match. */
async function relatedByRelevance(tx: SqlExecutor, match: string, limit: number, offset: number): Promise<CountedRow[]> {
  return tx.all<CountedRow>(
    `WITH matches (article_id, rank) AS (
       SELECT c.article_id, bm25(claim_fts) FROM claim_fts JOIN claim c INDEXED BY claim_article_of ON c.id = claim_fts.rowid
       WHERE claim_fts MATCH ?1
       UNION ALL
       SELECT c.article_id, bm25(source_fts) FROM source_fts JOIN source s INDEXED BY source_claim_of ON s.id = source_fts.rowid
         JOIN claim c INDEXED BY claim_article_of ON c.id = s.claim_id
       WHERE source_fts MATCH ?1
     ),
     hits AS (
       SELECT article_id, min(rank) AS rank, count(*) OVER () AS total FROM matches
       WHERE article_id NOT IN (${TEXT_MATCHES.ids})
       GROUP BY article_id
       ORDER BY rank ASC, article_id DESC LIMIT ?2 OFFSET ?3
     )
     SELECT ${SUMMARY_COLUMNS}, hits.total FROM hits JOIN article a ON a.id = hits.article_id
     ORDER BY hits.rank ASC, a.id DESC`,
    [match, limit, offset],
  );
}

/**
 * A search by relevance in one call: the text matches first, then, once they run out, the
 * articles found only through a claim or a source, which costs as much again and more, so a page
 * of text matches never pays for it. Such a page counts the text matches only (`textOnly`); from
 * there on the total is every match.
 */
async function relevancePage(tx: SqlExecutor, match: string, limit: number, offset: number): Promise<{ rows: CountedRow[]; textOnly: boolean }> {
  const text = await textByRelevance(tx, match, limit, offset);
  if (text.length === limit) return { rows: text, textOnly: true };
  const textTotal = text[0]?.total ?? ((await tx.get<{ n: number }>('SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH ?', [match]))?.n ?? 0);
  const more = await relatedByRelevance(tx, match, limit - text.length, Math.max(0, offset - textTotal));
  // An empty page past the end of both steps is counted by listArticles, as any empty page is.
  const total = textTotal + (more[0]?.total ?? 0);
  return { rows: [...text, ...more].map((r) => ({ ...r, total })), textOnly: false };
}

/** How many articles the list holds: all of them, or those of the set matching the FTS query. */
async function countListed(tx: SqlExecutor, match: string | null, set: MatchSet): Promise<number> {
  if (match === null) return countArticles(tx);
  const row = await tx.get<{ n: number }>(`SELECT count(${set.distinct ? '*' : 'DISTINCT article_id'}) AS n FROM (${set.ids})`, [match]);
  return row?.n ?? 0;
}
