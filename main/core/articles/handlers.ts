// The contract's article methods: the list, one article with its claims and sources, and imports.
import { FactdeskError } from '@common/domain/errors';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { getArticle, listArticles } from '../store/repositories/articles';
import { listClaimsOfArticle } from '../store/repositories/claims';
import { listSourcesOfArticle } from '../store/repositories/sources';
import { importEncodedFiles } from '../import/articles';

type ArticleMethods = 'listArticles' | 'getArticle' | 'importFiles';

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

    async importFiles({ files }) {
      return importEncodedFiles(ctx.importContext, files);
    },
  };
}
