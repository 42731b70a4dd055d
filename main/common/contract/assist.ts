// Assistance (issue 14): date expressions around a claim resolved against its article's date.
import { z } from 'zod';
import type { ClaimDates } from '../domain/assist';
import { id, returns } from './shared';

export const assistContract = {
  /** The date expressions in a claim's quote and the sentence around it, resolved against the article's date. */
  claimDates: { input: z.object({ claimId: id }).strict(), output: returns<ClaimDates>() },
} as const;
