// Publishing: a claim's fact-check goes public (and can be withdrawn with a reason), corrections
// of published claims are listed, and the desk edits its own verdict scale.
import { z } from 'zod';
import type { Claim, Correction, VerdictScale } from '../domain/types';
import { httpUrl, id, returns, revision } from './shared';

/** A correction note readers see beside the corrected fact-check. */
export const correctionNote = z.string().trim().refine((t) => t.length > 0, { message: 'a correction note cannot be empty', params: { problem: 'correctionEmpty' } }).max(2_000);

const verdictKey = z.string().min(1).max(100);
const verdictLabel = z.string().trim().min(1).max(100);
/** A rating on the scale (checked against its bounds in the core), or null for "no rating". */
const ratingValue = z.number().int().nullable();
/** 1 is the top of the scale; checked against the scale's length in the core. */
const position = z.number().int().positive();

export const publishingContract = {
  publishClaim: {
    input: z.object({ id, expectedRevision: revision, url: httpUrl.optional() }).strict(),
    output: returns<Claim>(),
  },
  unpublishClaim: {
    input: z.object({ id, expectedRevision: revision, reason: z.string().trim().refine((t) => t.length > 0, { message: 'a reason is needed', params: { problem: 'reasonNeeded' } }).max(2_000) }).strict(),
    output: returns<Claim>(),
  },
  listCorrections: {
    input: z.object({ claimId: id }).strict(),
    output: returns<Correction[]>(),
  },
  addVerdict: {
    input: z
      .object({
        key: z.string().regex(/^[a-z0-9_]{1,100}$/, 'a key is lower-case letters, digits and _').optional(),
        label: verdictLabel,
        labelDe: verdictLabel,
        ratingValue,
        color: z.string().max(20),
        /** The dark theme's colour; without it the verdict's colour, if that reads on the dark theme. */
        colorDark: z.string().max(20).optional(),
        position: position.optional(),
      })
      .strict(),
    output: returns<VerdictScale>(),
  },
  updateVerdict: {
    input: z
      .object({
        key: verdictKey,
        label: verdictLabel.optional(),
        labelDe: verdictLabel.optional(),
        ratingValue: ratingValue.optional(),
        color: z.string().max(20).optional(),
        colorDark: z.string().max(20).optional(),
        position: position.optional(),
      })
      .strict(),
    output: returns<VerdictScale>(),
  },
  removeVerdict: {
    input: z.object({ key: verdictKey, replacement: verdictKey.optional() }).strict(),
    output: returns<VerdictScale>(),
  },
  /** ClaimReview's worstRating..bestRating; the core refuses a range that leaves out a verdict's rating. */
  setRatingRange: {
    input: z.object({ worstRating: z.number().int().min(-1_000).max(1_000), bestRating: z.number().int().min(-1_000).max(1_000) }).strict(),
    output: returns<VerdictScale>(),
  },
} as const;
