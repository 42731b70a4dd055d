// Storing a claim: a new one at an anchor in its article, and planned changes to an existing one
// (review/four-eyes.ts plans them), each with its change-log entry, inside the caller's transaction.
import { FactdeskError } from '@common/domain/errors';
import type { Article, Claim } from '@common/domain/types';
import type { PartAnchor } from '../anchoring/selectors';
import { changedFields, isEmpty } from '../changelog/diff';
import type { CoreContext } from '../context';
import { CLAIMS, reread, updateOrConflict, withoutId } from '../edit';
import { listCommentsOfClaim } from '../store/repositories/comments';
import { listSourcesOfClaim } from '../store/repositories/sources';
import { getArticle } from '../store/repositories/articles';
import { insertCorrection } from '../store/repositories/corrections';
import { CLAIM_FIELD_COLUMNS, insertClaim } from '../store/repositories/claims';
import { getVerdictScale } from '../store/repositories/verdicts';
import type { SqlExecutor, SqlValue } from '../store/sqlite';
import { planReportChange, verdictKey, type ClaimChanges } from '../review/four-eyes';

/** A new draft claim at the anchor `anchorIn` finds in the article, in its own write transaction. */
export async function insertClaimAt(
  ctx: CoreContext,
  articleId: number,
  anchorIn: (article: Article) => PartAnchor,
  claimant: string | null,
  verdictInput: string | null,
): Promise<Claim> {
  return ctx.write(async (tx, at) => {
    const article = await getArticle(tx, articleId);
    if (!article) throw new FactdeskError('not_found', `There is no article ${articleId}.`, { entity: 'article', id: articleId });
    const { part, anchor } = anchorIn(article);
    const verdict = verdictKey(await getVerdictScale(tx), verdictInput);
    const id = await insertClaim(tx, {
      articleId,
      part,
      anchor,
      claimReviewed: anchor.quote.exact,
      claimant: claimant === null || claimant.trim() === '' ? null : claimant,
      verdict,
      status: 'draft',
      createdBy: ctx.reviewer,
      at,
    });
    const claim = await reread(tx, CLAIMS, id, 'created');
    await ctx.change(tx, at, { entity: 'claim', entityId: id, articleId, claimId: id, action: 'create', before: null, after: withoutId(claim) });
    return claim;
  });
}

/** A correction of a published claim made by this save: its note and the fields it changed. */
export interface CorrectionMade {
  note: string;
  fields: string[];
}

/**
 * Stores planned claim changes on top of `current` (revision checked) with their change-log entry;
 * a correction is kept beside it (the note is in the log entry too, so the history shows it).
 */
export async function saveClaimChanges(
  ctx: CoreContext,
  tx: SqlExecutor,
  at: string,
  current: Claim,
  next: ClaimChanges,
  correction?: CorrectionMade,
  /** What the change log should say besides the changed fields (e.g. the reason for unpublishing). */
  note?: Record<string, string>,
): Promise<Claim> {
  const { id, revision } = current;
  const changes = changedFields(current, next);
  if (isEmpty(changes)) return current;

  const columns: Record<string, SqlValue> = { updated_at: at };
  for (const [field, value] of Object.entries(changes.after)) {
    const column = CLAIM_FIELD_COLUMNS[field as keyof typeof CLAIM_FIELD_COLUMNS];
    columns[column] = typeof value === 'boolean' ? Number(value) : (value as SqlValue);
  }
  await updateOrConflict(tx, CLAIMS, id, revision, columns);
  if (correction) {
    await insertCorrection(tx, { claimId: id, at, reviewer: ctx.reviewer, note: correction.note, fields: correction.fields });
    changes.after.correction = correction.note;
  }
  Object.assign(changes.after, note);
  await ctx.change(tx, at, { entity: 'claim', entityId: id, articleId: current.articleId, claimId: id, action: 'update', ...changes });
  return reread(tx, CLAIMS, id, 'saved');
}

/**
 * A source of the claim was added, edited or removed in this transaction: what the claim's report
 * says changed, so an approval is withdrawn in the same save (see planReportChange).
 */
export async function reportChanged(ctx: CoreContext, tx: SqlExecutor, at: string, claim: Claim, correction?: string): Promise<void> {
  const planned = planReportChange(claim, ctx.reviewer, await getVerdictScale(tx), correction === undefined ? undefined : { note: correction, at });
  await saveClaimChanges(ctx, tx, at, claim, planned, correction === undefined ? undefined : { note: correction, fields: ['sources'] });
}

/**
 * Logs the deletion of a claim with its sources and comments, which the database's cascade removes
 * with it, so their history records it too. Call it in the deleting transaction before the DELETE:
 * the sources and comments are read here.
 */
export async function logClaimDeletion(ctx: CoreContext, tx: SqlExecutor, at: string, claim: Claim): Promise<void> {
  const { id, articleId } = claim;
  for (const source of await listSourcesOfClaim(tx, id)) {
    await ctx.change(tx, at, { entity: 'source', entityId: source.id, articleId, claimId: id, action: 'delete', before: withoutId(source), after: null });
  }
  for (const comment of await listCommentsOfClaim(tx, id)) {
    await ctx.change(tx, at, { entity: 'comment', entityId: comment.id, articleId, claimId: id, action: 'delete', before: withoutId(comment), after: null });
  }
  await ctx.change(tx, at, { entity: 'claim', entityId: id, articleId, claimId: id, action: 'delete', before: withoutId(claim), after: null });
}
