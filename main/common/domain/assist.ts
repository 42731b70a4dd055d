// What the assistance features hand the workbench: plain data, no storage or UI.
import type { ClaimDatePrecision } from './dates';
import type { ClaimStatus } from './types';

export type FoundDatePrecision = 'day' | 'week' | 'month' | 'year' | 'range';

/** A date expression found near a claim, resolved against the article's publication date. */
export interface ClaimDateCandidate {
  /** The expression as written, and its UTF-16 offset in the claim's part. */
  text: string;
  index: number;
  /** First and last day it covers, ISO, end inclusive. */
  start: string;
  end: string;
  precision: FoundDatePrecision;
  /** Inside the quote itself (rather than elsewhere in its sentence). */
  inQuote: boolean;
  /** The claim date it gives at the precision the text has (null when it spans more than a year). */
  claimDate: string | null;
  claimDatePrecision: ClaimDatePrecision | null;
}

export interface ClaimDates {
  articleId: number;
  articleRevision: number;
  /** The article's publication date (YYYY-MM-DD); null when it has none, so nothing can be resolved. */
  reference: string | null;
  lang: 'de' | 'en';
  /** The quote's sentence(s), where the expressions were looked for. */
  sentence: string;
  dates: ClaimDateCandidate[];
}

/** A claim from another article that may say the same thing. */
export interface SimilarClaim {
  claimId: number;
  articleId: number;
  articleTitle: string;
  articlePublishedAt: string | null;
  claimReviewed: string;
  verdict: string | null;
  status: ClaimStatus;
  /** 0..1: how much of the two claims' wording (letter trigrams of their content words) is shared. */
  score: number;
  /** Over the higher threshold: probably the same claim, checked before. */
  sameClaim: boolean;
}

export interface SimilarClaims {
  /** The thresholds applied: listed from `suggest`, flagged from `same`. */
  thresholds: { suggest: number; same: number };
  claims: SimilarClaim[];
}

/** A sentence the reader suggests checking (top quarter of the article by the check-worthy model). */
export interface SuggestedSentence {
  part: 'body' | 'headline' | 'teaser';
  text: string;
  /** UTF-16 offset in that part's text. */
  index: number;
  score: number;
  rank: number;
  /** A reviewer's earlier decision on this sentence, if any. */
  judgement: 'accepted' | 'dismissed' | null;
}

export interface ArticleSuggestions {
  articleId: number;
  lang: 'de' | 'en';
  modelVersion: string;
  sentences: SuggestedSentence[];
}
