// The contract's article methods: the list, one article with its claims and sources, correcting its
// metadata (logged like every edit), and imports.
import { problemError } from '@common/contract/refusals';
import { FactdeskError } from '@common/domain/errors';
import type { Article } from '@common/domain/types';
import { changedFields, isEmpty } from '../changelog/diff';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { ARTICLES, loadAtRevision, reread, updateOrConflict } from '../edit';
import { ARTICLE_FIELD_COLUMNS, getArticle } from '../store/repositories/articles';
import { normaliseDate } from '../import/dates';
import { listArticles } from '../store/repositories/article-list';
import { listClaimsOfArticle } from '../store/repositories/claims';
import type { SqlValue } from '../store/sqlite';
import { listSourcesOfArticle } from '../store/repositories/sources';
import { importEncodedFiles } from '../import/articles';

type ArticleMethods = 'listArticles' | 'getArticle' | 'updateArticle' | 'importFiles';

export function articleHandlers(ctx: CoreContext): HandlersOf<ArticleMethods> {
  return {
    async listArticles(query) {
      return ctx.connection.read((tx) => listArticles(tx, query));
    },

    async getArticle({ id }) {
      return ctx.connection.read(async (tx) => {
        const article = await getArticle(tx, id);
        if (!article) throw new FactdeskError('not_found', `There is no article ${id}.`, { entity: 'article', id });
        return { article, claims: await listClaimsOfArticle(tx, id), sources: await listSourcesOfArticle(tx, id) };
      });
    },

    async updateArticle({ id, expectedRevision, patch }) {
      return ctx.write(async (tx, at) => {
        const current = await loadAtRevision(ctx, tx, ARTICLES, id, expectedRevision);
        // Dates are stored as imports store them ("+02:00", not "+0200"): the list's date order reads
        // them with SQLite's date functions, which know only the first.
        const stored = typeof patch.publishedAt === 'string' ? { ...patch, publishedAt: normaliseDate(patch.publishedAt) ?? patch.publishedAt } : patch;
        const changes = changedFields<Article>(current, stored as Partial<Article>);
        if (isEmpty(changes)) return current;
        // Claims in the headline index its text: a new title would leave them pointing at nothing.
        if ('title' in changes.after && (await listClaimsOfArticle(tx, id)).some((c) => c.part === 'headline')) {
          throw problemError({ key: 'titleHasClaims', values: { id: String(id) } });
        }
        const columns: Record<string, SqlValue> = {};
        for (const [field, value] of Object.entries(changes.after)) {
          columns[ARTICLE_FIELD_COLUMNS[field as keyof typeof ARTICLE_FIELD_COLUMNS]] = value as SqlValue;
        }
        await updateOrConflict(tx, ARTICLES, id, expectedRevision, columns);
        await ctx.change(tx, at, { entity: 'article', entityId: id, articleId: id, claimId: null, action: 'update', ...changes });
        return reread(tx, ARTICLES, id, 'saved');
      });
    },

    async importFiles({ files }) {
      return importEncodedFiles(ctx.importContext, files);
    },
  };
}
