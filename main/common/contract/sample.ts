// The sample article: added on request (the first start offers it beside Import), removed in one step.
import { z } from 'zod';
import { returns } from './shared';

export const sampleContract = {
  /** Adds the sample article with its finished claim (or finds it, when it is there already). */
  openSampleArticle: { input: z.object({}).strict(), output: returns<{ articleId: number; claimId: number | null }>() },
  /** Removes the sample article with its claims, sources and comments; `removed` is 0 when there was none. */
  removeSampleArticle: { input: z.object({}).strict(), output: returns<{ removed: number }>() },
} as const;
