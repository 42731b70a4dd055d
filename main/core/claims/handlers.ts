// The contract's claim methods: marking a claim (at a range, or at a quote for the CLI), editing
// and deleting it, claims from a Web Annotation file, and the verdict scale they are judged on.
import type { ClaimPatch } from '@common/contract';
import { partText } from '@common/domain/types';
import { anchorQuoteInArticle, describeRange } from '../anchoring/selectors';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { CLAIMS, deleteOrConflict, loadAtRevision } from '../edit';
import { importReader } from '../import/reader-thread';
import { getVerdictScale } from '../store/repositories/verdicts';
import { importAnnotationClaims } from '../import/annotations';
import { insertClaimAt, logClaimDeletion, saveClaimChanges } from './save';
import { planClaimUpdate, reportedChanges } from '../review/four-eyes';

type ClaimMethods = 'createClaim' | 'createClaimFromQuote' | 'updateClaim' | 'deleteClaim' | 'importAnnotations' | 'getVerdictScale';

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

    async createClaimFromQuote({ articleId, quote, occurrence, part, claimant, verdict }) {
      return insertClaimAt(
        ctx,
        articleId,
        (article) => anchorQuoteInArticle(article, quote, occurrence, part),
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
        await logClaimDeletion(ctx, tx, at, current);
        await deleteOrConflict(tx, CLAIMS, id, expectedRevision);
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
