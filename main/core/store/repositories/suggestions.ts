// Reviewers' judgements of check-worthy suggestions: kept so a desk can retrain the model on them.
import type { SqlExecutor } from '../sqlite';

export interface NewJudgement {
  at: string;
  reviewer: string;
  articleId: number;
  part: 'body' | 'headline' | 'teaser';
  sentenceStart: number;
  sentence: string;
  lang: 'de' | 'en';
  modelVersion: string;
  score: number;
  decision: 'accepted' | 'dismissed';
  claimId: number | null;
}

export async function insertJudgement(tx: SqlExecutor, j: NewJudgement): Promise<number> {
  const { lastId } = await tx.run(
    `INSERT INTO suggestion_judgement (at, reviewer, article_id, part, sentence_start, sentence, lang, model_version, score, decision, claim_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [j.at, j.reviewer, j.articleId, j.part, j.sentenceStart, j.sentence, j.lang, j.modelVersion, j.score, j.decision, j.claimId],
  );
  return lastId;
}

/**
 * The latest decision per sentence, keyed by part and sentence text (judgementKey): a new version of
 * the article moves sentences, and a decision belongs to its sentence, not to an offset.
 */
export async function judgementsOfArticle(tx: SqlExecutor, articleId: number): Promise<Map<string, 'accepted' | 'dismissed'>> {
  const rows = await tx.all<{ part: string; sentence: string; decision: 'accepted' | 'dismissed' }>(
    'SELECT part, sentence, decision FROM suggestion_judgement WHERE article_id = ? ORDER BY id',
    [articleId],
  );
  return new Map(rows.map((r) => [judgementKey(r.part, r.sentence), r.decision]));
}

export const judgementKey = (part: string, sentence: string): string => `${part}\u0000${sentence}`;
