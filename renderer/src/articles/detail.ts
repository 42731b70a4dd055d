// Reloading the open article without re-rendering what did not change. The live feed reloads
// the detail after every change to the article (own ones included); the answer is all new
// objects, which would make every memoised claim row and every highlight look changed.
import type { ArticleDetail } from '@common/domain/types';

const equal = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * `after`, with every part equal to `before`'s (each claim, the article, the claim and source
 * lists) replaced by `before`'s object, so identity means "unchanged" downstream.
 */
export function keepUnchanged(before: ArticleDetail | null, after: ArticleDetail): ArticleDetail {
  if (before === null || before.article.id !== after.article.id) return after;
  const old = new Map(before.claims.map((c) => [c.id, c]));
  const claims = after.claims.map((claim) => {
    const known = old.get(claim.id);
    return known !== undefined && known.revision === claim.revision && equal(known, claim) ? known : claim;
  });
  const sameClaims = claims.length === before.claims.length && claims.every((c, i) => c === before.claims[i]);
  const sameArticle = before.article.revision === after.article.revision && equal(before.article, after.article);
  return {
    ...after,
    article: sameArticle ? before.article : after.article,
    claims: sameClaims ? before.claims : claims,
    sources: equal(before.sources, after.sources) ? before.sources : after.sources,
  };
}
