// Assistance (issue 14): date expressions around a claim resolved against its article's date, and
// claims from other articles that say the same thing.
import { z } from 'zod';
import type { ArticleSuggestions, ClaimDates, SimilarClaims } from '../domain/assist';
import { CLAIM_PARTS } from '../domain/types';
import { id, longText, returns } from './shared';

export const assistContract = {
  /** The date expressions in a claim's quote and the sentence around it, resolved against the article's date. */
  claimDates: { input: z.object({ claimId: id }).strict(), output: returns<ClaimDates>() },
  /** Claims from other articles like this claim (its text as reviewed), or like a text. */
  similarClaims: {
    input: z.union([z.object({ claimId: id }).strict(), z.object({ text: longText.min(1) }).strict()]),
    output: returns<SimilarClaims>(),
  },
  /** The sentences the reader suggests checking (the top quarter by the article language's model). */
  articleSuggestions: { input: z.object({ articleId: id }).strict(), output: returns<ArticleSuggestions>() },
  /** A reviewer accepted (made a claim of) or dismissed a suggestion: recorded for retraining. */
  judgeSuggestion: {
    input: z
      .object({
        articleId: id,
        part: z.enum(CLAIM_PARTS),
        index: z.number().int().nonnegative(),
        decision: z.enum(['accepted', 'dismissed']),
        claimId: id.nullable().optional(),
      })
      .strict(),
    output: returns<{ recorded: true }>(),
  },
} as const;
