// Claims: marking, editing and deleting them, claims from a Web Annotation file, the verdict scale.
import { z } from 'zod';
import type { Claim, VerdictScale } from '../domain/types';
import { CLAIM_PARTS } from '../domain/types';
import { correctionNote } from './publishing';
import { claimDate, claimStatus, id, longText, returns, revision, shortText } from './shared';

const claimPatch = z
  .object({
    claimReviewed: longText.optional(),
    claimant: shortText.nullable().optional(),
    claimDate: claimDate.nullable().optional(),
    verdict: z.string().max(100).nullable().optional(),
    rationale: longText.nullable().optional(),
    status: claimStatus.optional(),
    assignee: shortText.nullable().optional(),
  })
  .strict();
export type ClaimPatch = z.infer<typeof claimPatch>;

export interface AnnotationImportReport {
  imported: Array<{ annotation: string; claimId: number; articleId: number; exactMatch: boolean }>;
  skipped: Array<{ annotation: string; reason: string }>;
}

export const claimsContract = {
  importAnnotations: {
    input: z
      .object({
        name: z.string().min(1).max(1_000),
        /** The JSON text of a W3C Web Annotation export. */
        json: z.string().max(50 * 1024 * 1024),
      })
      .strict(),
    output: returns<AnnotationImportReport>(),
  },
  createClaim: {
    input: z
      .object({
        articleId: id,
        /** Which text start and end index; the body when absent. */
        part: z.enum(CLAIM_PARTS).optional(),
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        claimant: shortText.nullable().optional(),
        verdict: z.string().max(100).nullable().optional(),
      })
      .strict()
      .refine((v) => v.end > v.start, { message: 'end must be after start', params: { problem: 'endAfterStart' } }),
    output: returns<Claim>(),
  },
  /** A claim at the n-th occurrence of a quote (`claim add --quote`): the core computes the range. */
  createClaimFromQuote: {
    input: z
      .object({
        articleId: id,
        quote: z.string().min(1).max(100_000),
        /** 1-based occurrence of the quote in the part's text. */
        occurrence: z.number().int().positive().default(1),
        /** Where to look for the quote; by default the body, then the headline, then the teaser. */
        part: z.enum(CLAIM_PARTS).optional(),
        claimant: shortText.nullable().optional(),
        verdict: z.string().max(100).nullable().optional(),
      })
      .strict(),
    output: returns<Claim>(),
  },
  updateClaim: {
    input: z
      .object({
        id,
        expectedRevision: revision,
        patch: claimPatch,
        /** Needed when the claim is published and the patch changes what its fact-check says. */
        correction: correctionNote.optional(),
      })
      .strict(),
    output: returns<Claim>(),
  },
  deleteClaim: {
    input: z.object({ id, expectedRevision: revision }).strict(),
    output: returns<{ deleted: true }>(),
  },
  getVerdictScale: { input: z.object({}).strict(), output: returns<VerdictScale>() },
} as const;
