// Evidence that lasts (issue 13): articles from the web, evidence kept for sources, and the
// versions of an article's text.
import { z } from 'zod';
import { MAX_EVIDENCE_CALL_BYTES, type ArticleVersion, type Evidence } from '../domain/evidence';
import { CLAIM_PARTS, type Claim } from '../domain/types';
import type { ImportOutcome } from './articles';
import { httpUrl, id, returns, revision, shortText } from './shared';

export { MAX_EVIDENCE_CALL_BYTES, MAX_EVIDENCE_READ_BYTES } from '../domain/evidence';

/** One version's text, as the reader shows it. */
export interface ArticleVersionText extends ArticleVersion {
  text: string;
}

/** Words kept, added and removed between two versions, in reading order. */
export interface VersionDiff {
  articleId: number;
  from: number;
  to: number;
  parts: Array<{ kind: 'same' | 'added' | 'removed'; text: string }>;
}

const version = z.number().int().positive();

/** What adding one evidence file came to: the evidence (new, or already attached), or why not. */
export type EvidenceOutcome =
  | { fileName: string; ok: true; evidence: Evidence; duplicate: boolean }
  | { fileName: string; ok: false; error: string };



export const evidenceContract = {
  importUrls: {
    input: z
      .object({
        urls: z.array(httpUrl).min(1).max(100),
        /** How long one page may take, redirects and body included (default 30 s). */
        timeoutSeconds: z.number().positive().max(600).optional(),
      })
      .strict(),
    output: returns<ImportOutcome[]>(),
  },
  /** Fetches the source's address and renders it: the bytes, a full-page PNG and a PDF, kept as evidence. */
  archiveSource: {
    input: z.object({ sourceId: id, timeoutSeconds: z.number().positive().max(600).optional() }).strict(),
    output: returns<Evidence[]>(),
  },
  listEvidence: { input: z.object({ sourceId: id }).strict(), output: returns<Evidence[]>() },
  /** Files dropped on a source in the workbench, as base64; the core checks sizes again. */
  addEvidence: {
    input: z
      .object({
        sourceId: id,
        files: z
          .array(z.object({ name: z.string().min(1).max(1_000), data: z.string().max(Math.ceil((MAX_EVIDENCE_CALL_BYTES * 4) / 3) + 4) }).strict())
          .min(1)
          .max(20),
      })
      .strict(),
    output: returns<EvidenceOutcome[]>(),
  },
  readEvidence: {
    input: z.object({ id }).strict(),
    output: returns<{ evidence: Evidence; data: string }>(),
  },
  /**
   * Opens a preserved copy with the system's viewer where the host can (the app): PDFs, pictures,
   * audio, video and plain text only. `opened: false` leaves it to the window (a new tab, or saving
   * the file); HTML is never opened, only saved.
   */
  openEvidence: { input: z.object({ id }).strict(), output: returns<{ opened: boolean }>() },
  removeEvidence: {
    input: z.object({ id, reason: shortText.refine((r) => r.trim().length > 0, { message: 'give a reason for removing evidence', params: { problem: 'removalReason' } }) }).strict(),
    output: returns<Evidence>(),
  },
  listArticleVersions: { input: z.object({ articleId: id }).strict(), output: returns<ArticleVersion[]>() },
  getArticleVersion: { input: z.object({ articleId: id, version }).strict(), output: returns<ArticleVersionText>() },
  diffArticleVersions: {
    input: z.object({ articleId: id, from: version.optional(), to: version.optional() }).strict(),
    output: returns<VersionDiff>(),
  },
  /** An orphaned claim placed on words selected in the current text, in the claim's own part. */
  reattachClaim: {
    input: z
      .object({ id, expectedRevision: revision, part: z.enum(CLAIM_PARTS).optional(), start: z.number().int().nonnegative(), end: z.number().int().positive() })
      .strict()
      .refine((v) => v.end > v.start, { message: 'end must be after start', params: { problem: 'endAfterStart' } }),
    output: returns<Claim>(),
  },
} as const;
