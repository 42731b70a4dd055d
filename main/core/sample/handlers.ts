// The contract's sample methods: adding the sample article with its finished claim in one write
// (so it is there whole or not at all), and removing it, claims and all, in one step.
import { problemError } from '@common/contract/refusals';
import { SAMPLE_CATEGORY } from '@common/domain/sample';
import type { Article } from '@common/domain/types';
import { anchorQuoteInArticle } from '../anchoring/selectors';
import { logClaimDeletion } from '../claims/save';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { CLAIMS, reread, SOURCES, withoutId } from '../edit';
import { articleCreation, contentHash } from '../import/articles';
import { findArticleByHash, getArticle, insertArticle, listArticlesInCategory } from '../store/repositories/articles';
import { insertClaim, listClaimsOfArticle } from '../store/repositories/claims';
import { insertSource } from '../store/repositories/sources';
import { deleteAtRevision } from '../store/repositories/rows-update';
import { getVerdictScale } from '../store/repositories/verdicts';
import type { SqlExecutor } from '../store/sqlite';
import { SAMPLE_CLAIM, SAMPLE_CLAIM_QUOTE, SAMPLE_SOURCE, sampleArticle } from './sample-article';

type SampleMethods = 'openSampleArticle' | 'removeSampleArticle';

export function sampleHandlers(ctx: CoreContext): HandlersOf<SampleMethods> {
  return {
    async openSampleArticle() {
      return ctx.write(async (tx, at) => {
        const [existing] = await listArticlesInCategory(tx, SAMPLE_CATEGORY);
        if (existing) {
          // Asked twice (two windows, or a second click): the sample is there once.
          const [claim] = await listClaimsOfArticle(tx, existing.id);
          return { articleId: existing.id, claimId: claim?.id ?? null };
        }
        const articleId = await addSampleArticle(ctx, tx, at);
        return { articleId, claimId: await addSampleClaim(ctx, tx, at, articleId) };
      });
    },

    async removeSampleArticle() {
      return ctx.write(async (tx, at) => {
        const samples = await listArticlesInCategory(tx, SAMPLE_CATEGORY);
        for (const article of samples) await removeArticle(ctx, tx, at, article);
        return { removed: samples.length };
      });
    },
  };
}

async function addSampleArticle(ctx: CoreContext, tx: SqlExecutor, at: string): Promise<number> {
  const parsed = sampleArticle();
  const hash = contentHash(parsed.text);
  const id = await insertArticle(tx, parsed, hash, at);
  if (id === null) {
    // The same text was imported as a real article: it is left as it is, with the person's own claims.
    const same = await findArticleByHash(tx, hash);
    throw problemError({ key: 'sampleThere', values: { title: same?.title ?? '' } });
  }
  await ctx.change(tx, at, articleCreation(id, parsed, hash, at, ctx.reviewer));
  return id;
}

/** The October claim, rated (by whoever opened the sample) and waiting for a second reviewer, with its source. */
async function addSampleClaim(ctx: CoreContext, tx: SqlExecutor, at: string, articleId: number): Promise<number> {
  const article = (await getArticle(tx, articleId)) as Article;
  const { part, anchor } = anchorQuoteInArticle(article, SAMPLE_CLAIM_QUOTE, 1, 'body');
  // A scale edited so it has no "Unverifiable" leaves the sample unrated rather than refused.
  const verdict = (await getVerdictScale(tx)).verdicts.some((v) => v.key === SAMPLE_CLAIM.verdict) ? SAMPLE_CLAIM.verdict : null;
  const claimId = await insertClaim(tx, {
    articleId,
    part,
    anchor,
    claimReviewed: SAMPLE_CLAIM.claimReviewed,
    claimant: SAMPLE_CLAIM.claimant,
    verdict,
    status: SAMPLE_CLAIM.status,
    rationale: SAMPLE_CLAIM.rationale,
    createdBy: ctx.reviewer,
    at,
  });
  const claim = await reread(tx, CLAIMS, claimId, 'created');
  await ctx.change(tx, at, { entity: 'claim', entityId: claimId, articleId, claimId, action: 'create', before: null, after: withoutId(claim) });
  const sourceId = await insertSource(tx, { ...SAMPLE_SOURCE, claimId, at });
  const source = await reread(tx, SOURCES, sourceId, 'created');
  await ctx.change(tx, at, { entity: 'source', entityId: sourceId, articleId, claimId, action: 'create', before: null, after: withoutId(source) });
  return claimId;
}

/** The article with its claims (their sources and comments go by the database's cascade), each logged. */
async function removeArticle(ctx: CoreContext, tx: SqlExecutor, at: string, article: Article): Promise<void> {
  for (const claim of await listClaimsOfArticle(tx, article.id)) await logClaimDeletion(ctx, tx, at, claim);
  await deleteAtRevision(tx, 'article', article.id, article.revision);
  const { text, ...metadata } = withoutId(article);
  await ctx.change(tx, at, {
    entity: 'article',
    entityId: article.id,
    articleId: article.id,
    claimId: null,
    action: 'delete',
    // As at creation: the text stays out of the log; its hash and length identify it.
    before: { ...metadata, textLength: text.length },
    after: null,
  });
}
