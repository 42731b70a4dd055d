// The contract's claim methods: marking a claim (at a range, or at a quote for the CLI), editing
// and deleting it, claims from a Web Annotation file, and the verdict scale they are judged on.
import type { ClaimPatch } from '@common/contract';
import { FactdeskError } from '@common/domain/errors';
import { partText, type Claim, type ClaimPart } from '@common/domain/types';
import { anchorQuoteInArticle, describeRange } from '../anchoring/selectors';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { CLAIMS, deleteOrConflict, loadAtRevision, withoutId } from '../edit';
import { importReader } from '../import/reader-thread';
import { listCommentsOfClaim } from '../store/repositories/comments';
import { listSourcesOfClaim } from '../store/repositories/sources';
import { getVerdictScale } from '../store/repositories/verdicts';
import { importAnnotationClaims } from '../import/annotations';
import { insertClaimAt, saveClaimChanges } from './save';
import { planClaimUpdate, reportedChanges } from '../review/four-eyes';

export interface QuoteClaimInput {
  articleId: number;
  quote: string;
  /** 1-based occurrence of the quote in the part's text (default 1). */
  occurrence?: number;
  /** Where to look for the quote; by default the body, then the headline, then the teaser. */
  part?: ClaimPart;
  claimant?: string | null;
  verdict?: string | null;
}

type ClaimMethods = 'createClaim' | 'updateClaim' | 'deleteClaim' | 'importAnnotations' | 'getVerdictScale';

export function claimHandlers(ctx: CoreContext): HandlersOf<ClaimMethods> {
  return {
    async createClaim({ articleId, part = 'body', start, end, claimant, verdict }) {
      return insertClaimAt(
        ctx,
        articleId,
        (article) => ({ part, anchor: describeRange(partText(article, part), start, end, part) }),
        claimant ?? null,
        verdict ?? null,
      );
    },

    async updateClaim({ id, expectedRevision, patch, correction }) {
      return ctx.write(async (tx, at) => {
        const current = await loadAtRevision(ctx, tx, CLAIMS, id, expectedRevision);
        const options = { correction: correction === undefined ? undefined : { note: correction, at } };
        const next = planClaimUpdate(current, patch as ClaimPatch, ctx.reviewer, await getVerdictScale(tx), options);
        const made = correction === undefined ? undefined : { note: correction, fields: reportedChanges(current, next, {}) };
        return saveClaimChanges(ctx, tx, at, current, next, made);
      });
    },

    async deleteClaim({ id, expectedRevision }) {
      return ctx.write(async (tx, at) => {
        const current = await loadAtRevision(ctx, tx, CLAIMS, id, expectedRevision);
        const articleId = current.articleId;
        // The cascade removes sources and comments too; their history records it.
        for (const source of await listSourcesOfClaim(tx, id)) {
          const before = withoutId(source);
          await ctx.change(tx, at, { entity: 'source', entityId: source.id, articleId, claimId: id, action: 'delete', before, after: null });
        }
        for (const comment of await listCommentsOfClaim(tx, id)) {
          const before = withoutId(comment);
          await ctx.change(tx, at, { entity: 'comment', entityId: comment.id, articleId, claimId: id, action: 'delete', before, after: null });
        }
        await deleteOrConflict(tx, CLAIMS, id, expectedRevision);
        await ctx.change(tx, at, { entity: 'claim', entityId: id, articleId, claimId: id, action: 'delete', before: withoutId(current), after: null });
        return { deleted: true as const };
      });
    },

    async importAnnotations({ name, json }) {
      // Read on the import worker, with its limits: a hostile file stalls that thread, not the API.
      const annotations = await importReader.readAnnotations(name, json);
      // One transaction for the file: it lands whole or not at all.
      return ctx.write(async (tx, at) =>
        importAnnotationClaims(
          { tx, at, reviewer: ctx.reviewer, scale: await getVerdictScale(tx), change: (entry) => ctx.change(tx, at, entry) },
          annotations,
        ),
      );
    },

    async getVerdictScale() {
      return ctx.connection.read((tx) => getVerdictScale(tx));
    },
  };
}

/** A claim at the n-th occurrence of a quote (the CLI's `claim add --quote`); in-process only. */
export async function createClaimFromQuote(ctx: CoreContext, input: QuoteClaimInput): Promise<Claim> {
  if (!Number.isInteger(input.articleId) || input.articleId <= 0) {
    throw new FactdeskError('invalid_input', 'The article id must be a positive whole number.');
  }
  const occurrence = input.occurrence ?? 1;
  if (!Number.isInteger(occurrence) || occurrence < 1) {
    throw new FactdeskError('invalid_input', 'The occurrence must be a whole number from 1.');
  }
  if (input.quote.length === 0 || input.quote.length > 100_000) {
    throw new FactdeskError('invalid_input', 'The quote must be between 1 and 100,000 characters.');
  }
  const { quote, part } = input;
  return insertClaimAt(
    ctx,
    input.articleId,
    (article) => anchorQuoteInArticle(article, quote, occurrence, part),
    input.claimant ?? null,
    input.verdict ?? null,
  );
}
