// A new version of an article: its text changed since it was imported (a correction, a stealth
// edit). The article row takes the new text; every version stays in article_version; claims are
// re-anchored on the new text, and those whose quote is gone become orphans.
import { FactdeskError } from '@common/domain/errors';
import { problemText } from '@common/i18n/problems';
import type { WebCapture } from '@common/domain/evidence';
import type { Article } from '@common/domain/types';
import { contentHash } from '../import/articles';
import { findArticleByHash, getArticle } from '../store/repositories/articles';
import { insertArticleVersion, listArticleVersions, setArticleText } from '../store/repositories/article-versions';
import { appendChange } from '../store/repositories/changelog';
import type { SqlExecutor } from '../store/sqlite';
import { reanchorClaims } from './reanchor';

export interface VersionAdded {
  /** The new version's number, or null when the text had not changed. */
  version: number | null;
  /** The article's current version (the new one, or the unchanged one). */
  current: number;
  orphaned: number[];
}

export async function addArticleVersion(
  tx: SqlExecutor,
  articleId: number,
  next: Pick<Article, 'title' | 'subtitle' | 'text'>,
  capture: WebCapture | null,
  at: string,
  reviewer: string,
): Promise<VersionAdded> {
  const article = await getArticle(tx, articleId);
  if (!article) throw new FactdeskError('not_found', `There is no article ${articleId}.`, { entity: 'article', id: articleId });
  const versions = await listArticleVersions(tx, articleId);
  // An article imported before versions existed (or from a file) gets its first version now.
  if (versions.length === 0) {
    await insertArticleVersion(tx, {
      articleId,
      version: 1,
      title: article.title,
      text: article.text,
      contentHash: article.contentHash,
      createdAt: article.importedAt,
      createdBy: reviewer,
      capture: null,
    });
  }
  const current = versions.length === 0 ? 1 : versions[versions.length - 1]!.version;
  const hash = contentHash(next.text);
  if (hash === article.contentHash && next.title === article.title) return { version: null, current, orphaned: [] };
  const taken = await findArticleByHash(tx, hash);
  if (taken && taken.id !== articleId) {
    const problem = { key: 'import.versionTaken', values: { taken: String(taken.id), article: String(articleId), version: String(current) } };
    throw new FactdeskError('bad_import', problemText('en', problem), { problem });
  }
  const version = current + 1;
  await insertArticleVersion(tx, { articleId, version, title: next.title, text: next.text, contentHash: hash, createdAt: at, createdBy: reviewer, capture });
  await setArticleText(tx, articleId, next.title, next.text, hash);
  const { orphaned, moved } = await reanchorClaims(tx, articleId, { ...next, subtitle: article.subtitle }, at);
  await appendChange(tx, {
    at,
    reviewer,
    entity: 'article',
    entityId: articleId,
    articleId,
    claimId: null,
    action: 'update',
    before: { version: current, contentHash: article.contentHash, textLength: article.text.length },
    after: { version, contentHash: hash, textLength: next.text.length, claimsMoved: moved, claimsOrphaned: orphaned, capture },
  });
  return { version, current: version, orphaned };
}
