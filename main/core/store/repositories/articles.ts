// Articles: insert (de-duplicated by content hash), read, and the searchable list.
import type { Article, ArticlePage, ArticleSummary, ParsedArticle } from '@common/domain/types';
import { CLOSED_CLAIM_STATUSES } from '@common/domain/types';
import { ARTICLE_PAGE_SIZE } from '@common/contract/articles';
import { ARTICLE_COLUMNS, toArticle, type ArticleRow } from '../rows';
import type { SqlExecutor, SqlValue } from '../sqlite';
import { ftsQuery } from './fts';

export async function findArticleByHash(tx: SqlExecutor, contentHash: string): Promise<{ id: number; title: string } | undefined> {
  return tx.get('SELECT id, title FROM article WHERE content_hash = ?', [contentHash]);
}

/** Articles published at `url` (several when the text was corrected and re-imported). */
export async function findArticlesByUrl(tx: SqlExecutor, url: string): Promise<Array<{ id: number }>> {
  return tx.all('SELECT id FROM article WHERE url = ? ORDER BY id DESC', [url]);
}

const INSERT_ARTICLE = `INSERT INTO article (title, subtitle, dateline, byline, source_name, url, language, published_at, category,
       text, content_hash, format, file_name, imported_at)`;
const ARTICLE_VALUES = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

function articleParams(parsed: ParsedArticle, contentHash: string, importedAt: string): SqlValue[] {
  return [
    parsed.title,
    parsed.subtitle,
    parsed.dateline,
    parsed.byline,
    parsed.sourceName,
    parsed.url,
    parsed.language,
    parsed.publishedAt,
    parsed.category,
    parsed.text,
    contentHash,
    parsed.format,
    parsed.fileName,
    importedAt,
  ];
}

/** The new article's id, or null when an article with the same text (hash) is already stored. */
export async function insertArticle(
  tx: SqlExecutor,
  parsed: ParsedArticle,
  contentHash: string,
  importedAt: string,
): Promise<number | null> {
  const result = await tx.run(
    `${INSERT_ARTICLE} VALUES ${ARTICLE_VALUES} ON CONFLICT (content_hash) DO NOTHING`,
    articleParams(parsed, contentHash, importedAt),
  );
  return result.changes === 1 ? result.lastId : null;
}

/**
 * Several articles in one statement (bulk import: one trip to SQLite's thread instead of one per
 * article). Returns the new ids by content hash; a text already stored, or repeated in `articles`
 * after its first appearance, gets none. A row that breaks another rule fails the whole statement.
 */
export async function insertArticles(
  tx: SqlExecutor,
  articles: ReadonlyArray<{ parsed: ParsedArticle; contentHash: string }>,
  importedAt: string,
): Promise<Map<string, number>> {
  if (articles.length === 0) return new Map();
  const rows = await tx.all<{ id: number; content_hash: string }>(
    `${INSERT_ARTICLE} VALUES ${articles.map(() => ARTICLE_VALUES).join(', ')}
     ON CONFLICT (content_hash) DO NOTHING RETURNING id, content_hash`,
    articles.flatMap((a) => articleParams(a.parsed, a.contentHash, importedAt)),
  );
  return new Map(rows.map((r) => [r.content_hash, r.id]));
}

export async function getArticle(tx: SqlExecutor, id: number): Promise<Article | undefined> {
  const row = await tx.get<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM article WHERE id = ?`, [id]);
  return row && toArticle(row);
}

export async function getArticles(tx: SqlExecutor, ids: readonly number[]): Promise<Article[]> {
  const found: Article[] = [];
  for (const id of ids) {
    const article = await getArticle(tx, id);
    if (article) found.push(article);
  }
  return found;
}

/** Articles of one category, oldest first (the sample article is found by its own category). */
export async function listArticlesInCategory(tx: SqlExecutor, category: string): Promise<Article[]> {
  const rows = await tx.all<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM article WHERE category = ? ORDER BY id`, [category]);
  return rows.map(toArticle);
}

export async function countArticles(tx: SqlExecutor): Promise<number> {
  return (await tx.get<{ n: number }>('SELECT count(*) AS n FROM article'))?.n ?? 0;
}

export interface ArticleListQuery {
  search?: string;
  sort?: 'date' | 'title' | 'imported';
  limit?: number;
  offset?: number;
}

const CLOSED_LIST = CLOSED_CLAIM_STATUSES.map((s) => `'${s}'`).join(', ');

// text_changed: a version newer than the first claim, so the text changed after claims were
// marked (issue 13); a lookup by the article_version key and the claim_by_article index.
const SUMMARY_COLUMNS = `a.id, a.title, a.source_name, a.published_at, a.language, a.category, a.imported_at,
  (SELECT count(*) FROM claim c WHERE c.article_id = a.id) AS claim_count,
  (SELECT count(*) FROM claim c WHERE c.article_id = a.id AND c.status NOT IN (${CLOSED_LIST})) AS open_claim_count,
  EXISTS (SELECT 1 FROM article_version v WHERE v.article_id = a.id AND v.version > 1
    AND v.created_at > (SELECT min(c.created_at) FROM claim c WHERE c.article_id = a.id)) AS text_changed`;

// SQLite sorts NULL before every value, so DESC already puts undated articles last; written this
// way, the date and import orders are the (published_at, id) and (imported_at, id) indexes read
// backwards, and the first 500 of 100,000 articles come without sorting them all.
const ORDER_BY: Record<NonNullable<ArticleListQuery['sort']>, string> = {
  date: 'a.published_at DESC, a.id DESC',
  title: 'a.title COLLATE NOCASE ASC, a.id ASC',
  imported: 'a.imported_at DESC, a.id DESC',
};

/**
 * A sorted search walks the sort's index and keeps the articles in the set of matches, stopping
 * at the limit. Left to itself, the planner looks up every match and sorts them all instead, which
 * costs five to ten times more when a word is in thousands of articles. Title order has no index.
 */
const SORT_INDEX: Record<NonNullable<ArticleListQuery['sort']>, string> = {
  date: 'INDEXED BY article_by_published',
  title: '',
  imported: 'INDEXED BY article_by_imported',
};

/**
 * Ids of the articles whose text, claims or sources match ?1, with repeats. Matching claims and
 * sources find their article through the narrow (id, parent) indexes of schema 2, which the
 * planner would pass over for the rowid (reading each match's whole row, several times slower).
 */
const MATCHING_ARTICLE_IDS = `SELECT rowid AS article_id FROM article_fts WHERE article_fts MATCH ?1
  UNION ALL
  SELECT c.article_id FROM claim_fts JOIN claim c INDEXED BY claim_article_of ON c.id = claim_fts.rowid
  WHERE claim_fts MATCH ?1
  UNION ALL
  SELECT c.article_id FROM source_fts JOIN source s INDEXED BY source_claim_of ON s.id = source_fts.rowid
    JOIN claim c INDEXED BY claim_article_of ON c.id = s.claim_id
  WHERE source_fts MATCH ?1`;

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

/**
 * One page of the articles, newest import first by default, with how many there are in all. With
 * a search, articles whose own text, or whose claims or sources, match (prefix search, as you
 * type); unsorted searches come by relevance.
 */
export async function listArticles(tx: SqlExecutor, query: ArticleListQuery): Promise<ArticlePage> {
  const limit = query.limit ?? ARTICLE_PAGE_SIZE;
  const offset = query.offset ?? 0;
  const match = query.search === undefined ? null : ftsQuery(query.search);
  // Searches bring the number of matches along (`total`), counted from the matches the statement
  // gathers anyway: a second query would run the full-text search twice.
  let rows: Array<SummaryRow & { total?: number }>;
  const nothingCanMatch = query.search !== undefined && query.search.trim() !== '' && match === null;
  if (nothingCanMatch) {
    rows = []; // only punctuation: nothing can match
  } else if (match === null) {
    rows = await tx.all<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM article a ORDER BY ${ORDER_BY[query.sort ?? 'imported']} LIMIT ? OFFSET ?`,
      [limit, offset],
    );
  } else if (query.sort) {
    // Sorted: which articles match is all that counts, so no relevance is computed.
    rows = await tx.all<SummaryRow & { total: number }>(
      `WITH matched (article_id) AS MATERIALIZED (${MATCHING_ARTICLE_IDS})
       SELECT ${SUMMARY_COLUMNS}, (SELECT count(DISTINCT article_id) FROM matched) AS total
       FROM article a ${SORT_INDEX[query.sort]}
       WHERE a.id IN matched
       ORDER BY ${ORDER_BY[query.sort]} LIMIT ?2 OFFSET ?3`,
      [match, limit, offset],
    );
  } else {
    rows = await relevancePage(tx, match, limit, offset);
  }
  // A page that is not full ends the list, so its total is known without counting; a search's
  // rows carry theirs; only a page past the end of a search needs a count of its own.
  const total =
    rows.length > 0 && rows.length < limit
      ? offset + rows.length
      : (rows[0]?.total ?? (nothingCanMatch || (rows.length === 0 && offset === 0) ? 0 : await countListed(tx, match)));
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
  return { articles, total, offset, limit };
}

/**
 * A search by relevance in two steps (issue 16). First the articles whose own text matches,
 * ranked by FTS5's bm25 (title, subtitle, text weighted 10:5:1) and cut to the page before any
 * article row is read: for a full page that is all the work, about what FTS5's own
 * `ORDER BY rank LIMIT` costs. Then, once the text matches run out, the articles found only
 * through a claim or a source (each by its best match), which costs as much again and more, so
 * a page of text matches never pays for it. A page before the second step counts the text matches
 * as its total; from there on the total is every match.
 */
async function relevancePage(tx: SqlExecutor, match: string, limit: number, offset: number): Promise<Array<SummaryRow & { total: number }>> {
  const text = await tx.all<SummaryRow>(
    `WITH hits (article_id, rank) AS MATERIALIZED (
       SELECT rowid, bm25(article_fts, 10.0, 5.0, 1.0) AS rank FROM article_fts WHERE article_fts MATCH ?1
       ORDER BY rank ASC, rowid DESC LIMIT ?2 OFFSET ?3
     )
     SELECT ${SUMMARY_COLUMNS} FROM hits JOIN article a ON a.id = hits.article_id
     ORDER BY hits.rank ASC, a.id DESC`,
    [match, limit, offset],
  );
  const textTotal =
    text.length > 0 && text.length < limit
      ? offset + text.length
      : ((await tx.get<{ n: number }>('SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH ?', [match]))?.n ?? 0);
  if (text.length === limit) return text.map((r) => ({ ...r, total: textTotal }));
  const more = await tx.all<SummaryRow & { total: number }>(
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
       WHERE article_id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?1)
       GROUP BY article_id
       ORDER BY rank ASC, article_id DESC LIMIT ?2 OFFSET ?3
     )
     SELECT ${SUMMARY_COLUMNS}, hits.total FROM hits JOIN article a ON a.id = hits.article_id
     ORDER BY hits.rank ASC, a.id DESC`,
    [match, limit - text.length, Math.max(0, offset - textTotal)],
  );
  // An empty page past the end of both steps is counted by listArticles, as any empty page is.
  const total = textTotal + (more[0]?.total ?? 0);
  return [...text, ...more].map((r) => ({ ...r, total }));
}

/** How many articles the list holds: all of them, or those matching the FTS query. */
async function countListed(tx: SqlExecutor, match: string | null): Promise<number> {
  if (match === null) return countArticles(tx);
  const row = await tx.get<{ n: number }>(`SELECT count(DISTINCT article_id) AS n FROM (${MATCHING_ARTICLE_IDS})`, [match]);
  return row?.n ?? 0;
}

/** Article field (domain name) to column, for the metadata an update may change. */
export const ARTICLE_FIELD_COLUMNS = {
  title: 'title',
  sourceName: 'source_name',
  url: 'url',
  publishedAt: 'published_at',
  language: 'language',
  byline: 'byline',
} as const;
