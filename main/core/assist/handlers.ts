// The contract's assistance methods: aids computed from what is stored, offline, writing nothing.
import { FactdeskError } from '@common/domain/errors';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { getArticle } from '../store/repositories/articles';
import { getClaim } from '../store/repositories/claims';
import { claimDates } from './claim-dates';
import { findSimilarClaims } from './similar';
import { articleSuggestions, judgeSuggestion } from './suggestions';

type AssistMethods = 'claimDates' | 'similarClaims' | 'articleSuggestions' | 'judgeSuggestion';

export function assistHandlers(ctx: CoreContext): HandlersOf<AssistMethods> {
  return {
    async claimDates({ claimId }) {
      const { article, claim } = await ctx.connection.read(async (tx) => {
        const claim = await getClaim(tx, claimId);
        if (!claim) throw new FactdeskError('not_found', `There is no claim ${claimId}.`, { entity: 'claim', id: claimId });
        return { claim, article: await getArticle(tx, claim.articleId) };
      });
      if (!article) throw new FactdeskError('not_found', `There is no article ${claim.articleId}.`, { entity: 'article', id: claim.articleId });
      return claimDates(article, claim);
    },

    async similarClaims(input) {
      return ctx.connection.read(async (tx) => {
        if ('text' in input) return findSimilarClaims(tx, input.text, { claimId: null, articleId: null });
        const claim = await getClaim(tx, input.claimId);
        if (!claim) throw new FactdeskError('not_found', `There is no claim ${input.claimId}.`, { entity: 'claim', id: input.claimId });
        return findSimilarClaims(tx, claim.claimReviewed, { claimId: claim.id, articleId: claim.articleId });
      });
    },

    articleSuggestions: ({ articleId }) => articleSuggestions(ctx, articleId),
    judgeSuggestion: (input) => judgeSuggestion(ctx, input),
  };
}
