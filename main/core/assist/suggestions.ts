// The reader's "Suggest claims": an article's sentences ranked by the check-worthy model of its
// language, the top quarter suggested, each with a reviewer's earlier decision; and recording a
// decision (who, which sentence, which model version) so a desk can retrain on its own judgements.
import type { ArticleSuggestions } from '@common/domain/assist';
import { FactdeskError } from '@common/domain/errors';
import type { Article, ClaimPart } from '@common/domain/types';
import type { CoreContext } from '../context';
import { getArticle } from '../store/repositories/articles';
import { insertJudgement, judgementKey, judgementsOfArticle } from '../store/repositories/suggestions';
import { modelForArticleLanguage, rankArticle } from './checkworthy';

async function loadArticle(ctx: CoreContext, articleId: number): Promise<Article> {
  const article = await ctx.connection.read((tx) => getArticle(tx, articleId));
  if (!article) throw new FactdeskError('not_found', `There is no article ${articleId}.`, { entity: 'article', id: articleId });
  return article;
}

export async function articleSuggestions(ctx: CoreContext, articleId: number): Promise<ArticleSuggestions> {
  const article = await loadArticle(ctx, articleId);
  const model = await modelForArticleLanguage(article.language);
  const judged = await ctx.connection.read((tx) => judgementsOfArticle(tx, articleId));
  const sentences = rankArticle(article, model)
    .filter((s) => s.suggested)
    .map((s) => ({ part: s.part, text: s.text, index: s.index, score: s.score, rank: s.rank, judgement: judged.get(judgementKey(s.part, s.text)) ?? null }));
  return { articleId, lang: model.lang, modelVersion: model.version, sentences };
}

export async function judgeSuggestion(
  ctx: CoreContext,
  input: { articleId: number; part: ClaimPart; index: number; decision: 'accepted' | 'dismissed'; claimId?: number | null },
): Promise<{ recorded: true }> {
  const article = await loadArticle(ctx, input.articleId);
  const model = await modelForArticleLanguage(article.language);
  const sentence = rankArticle(article, model).find((s) => s.part === input.part && s.index === input.index);
  if (!sentence) {
    throw new FactdeskError('invalid_input', `Article ${input.articleId} has no sentence at ${input.part} offset ${input.index} to judge.`);
  }
  await ctx.write((tx, at) =>
    insertJudgement(tx, {
      at,
      reviewer: ctx.reviewer,
      articleId: article.id,
      part: sentence.part,
      sentenceStart: sentence.index,
      sentence: sentence.text,
      lang: model.lang,
      modelVersion: model.version,
      score: sentence.score,
      decision: input.decision,
      claimId: input.claimId ?? null,
    }),
  );
  return { recorded: true };
}
