// The versions of an article's text, each with how it was fetched when it came from the web.
import type { ArticleVersion, Redirect, WebCapture } from '@common/domain/evidence';
import type { SqlExecutor } from '../sqlite';

interface VersionRow {
  article_id: number;
  version: number;
  title: string;
  content_hash: string;
  created_at: string;
  created_by: string;
  requested_url: string | null;
  final_url: string | null;
  canonical_url: string | null;
  redirects_json: string | null;
  http_status: number | null;
  content_type: string | null;
  fetched_at: string | null;
  snapshot_sha256: string | null;
  snapshot_size: number | null;
}

const COLUMNS = `article_id, version, title, content_hash, created_at, created_by, requested_url, final_url, canonical_url,
  redirects_json, http_status, content_type, fetched_at, snapshot_sha256, snapshot_size`;

function toVersion(r: VersionRow): ArticleVersion {
  const capture: WebCapture | null =
    r.snapshot_sha256 === null
      ? null
      : {
          requestedUrl: r.requested_url ?? '',
          finalUrl: r.final_url ?? '',
          canonicalUrl: r.canonical_url ?? '',
          redirects: JSON.parse(r.redirects_json ?? '[]') as Redirect[],
          httpStatus: r.http_status ?? 0,
          contentType: r.content_type ?? '',
          fetchedAt: r.fetched_at ?? '',
          snapshotSha256: r.snapshot_sha256,
          snapshotSize: r.snapshot_size ?? 0,
        };
  return {
    articleId: r.article_id,
    version: r.version,
    title: r.title,
    contentHash: r.content_hash,
    createdAt: r.created_at,
    createdBy: r.created_by,
    capture,
  };
}

export interface NewVersion {
  articleId: number;
  version: number;
  title: string;
  text: string;
  contentHash: string;
  createdAt: string;
  createdBy: string;
  capture: WebCapture | null;
}

export async function insertArticleVersion(tx: SqlExecutor, v: NewVersion): Promise<void> {
  const c = v.capture;
  await tx.run(
    `INSERT INTO article_version (article_id, version, title, content_hash, created_at, created_by, text, requested_url,
       final_url, canonical_url, redirects_json, http_status, content_type, fetched_at, snapshot_sha256, snapshot_size)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      v.articleId,
      v.version,
      v.title,
      v.contentHash,
      v.createdAt,
      v.createdBy,
      v.text,
      c?.requestedUrl ?? null,
      c?.finalUrl ?? null,
      c?.canonicalUrl ?? null,
      c ? JSON.stringify(c.redirects) : null,
      c?.httpStatus ?? null,
      c?.contentType ?? null,
      c?.fetchedAt ?? null,
      c?.snapshotSha256 ?? null,
      c?.snapshotSize ?? null,
    ],
  );
}

export async function listArticleVersions(tx: SqlExecutor, articleId: number): Promise<ArticleVersion[]> {
  const rows = await tx.all<VersionRow>(`SELECT ${COLUMNS} FROM article_version WHERE article_id = ? ORDER BY version`, [articleId]);
  return rows.map(toVersion);
}

export async function getVersionText(tx: SqlExecutor, articleId: number, version: number): Promise<{ title: string; text: string } | undefined> {
  return tx.get('SELECT title, text FROM article_version WHERE article_id = ? AND version = ?', [articleId, version]);
}

/** The article most recently fetched from this canonical address, if any. */
export async function findArticleByCanonicalUrl(tx: SqlExecutor, canonicalUrl: string): Promise<{ articleId: number } | undefined> {
  return tx.get(
    `SELECT v.article_id AS articleId FROM article_version v JOIN article a ON a.id = v.article_id
     WHERE v.canonical_url = ? ORDER BY v.article_id DESC LIMIT 1`,
    [canonicalUrl],
  );
}

/** Replaces an article's text by its newest version (the article row always holds the latest). */
export async function setArticleText(tx: SqlExecutor, articleId: number, title: string, text: string, contentHash: string): Promise<void> {
  await tx.run('UPDATE article SET title = ?, text = ?, content_hash = ?, revision = revision + 1 WHERE id = ?', [
    title,
    text,
    contentHash,
    articleId,
  ]);
}
