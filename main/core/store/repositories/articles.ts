// Articles: insert (de-duplicated by content hash) and read. The searchable list is article-list.ts.
import type { Article, ParsedArticle } from '@common/domain/types';
import { ARTICLE_COLUMNS, toArticle, type ArticleRow } from '../rows';
import type { SqlExecutor, SqlValue } from '../sqlite';

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

/** Article field (domain name) to column, for the metadata an update may change. */
export const ARTICLE_FIELD_COLUMNS = {
  title: 'title',
  sourceName: 'source_name',
  url: 'url',
  publishedAt: 'published_at',
  language: 'language',
  byline: 'byline',
} as const;
