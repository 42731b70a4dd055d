// The review workflow's rules for one claim edit: verdicts are resolved against the scale, the
// person who set a verdict is recorded, a verdict can only be approved by someone else (four
// eyes), and an approval covers exactly what the report publishes: changing any of it (here, or
// a source through planReportChange) withdraws the approval. Pure: it decides the new field
// values; the service stores them.
import type { ClaimPatch } from '@common/contract';
import { problemError, refusal } from '@common/contract/refusals';
import type { Claim, ClaimStatus, VerdictScale } from '@common/domain/types';
import { verdictKeyOf as verdictKey } from '@common/domain/verdicts';
export { verdictKey };

export type ClaimChanges = Partial<
  Pick<
    Claim,
    | 'claimReviewed'
    | 'claimant'
    | 'claimDate'
    | 'verdict'
    | 'rationale'
    | 'status'
    | 'assignee'
    | 'verdictSetBy'
    | 'approvedBy'
    | 'publishedAt'
    | 'publishedBy'
    | 'publishedUrl'
    | 'modifiedAt'
  >
>;

const APPROVED_STATES: readonly ClaimStatus[] = ['approved', 'published'];


/**
 * The claim's fields a report publishes (with its sources). An approval is given to these values:
 * a later change to any of them withdraws it.
 */
export const REPORTED_CLAIM_FIELDS = ['claimReviewed', 'claimant', 'claimDate', 'verdict', 'rationale'] as const;

export interface PlanOptions {
  /**
   * What the report publishes changed outside the claim's own fields (a source was added, edited
   * or removed) in the same save.
   */
  reportChangedElsewhere?: boolean;
  /**
   * The correction note of this save. A published claim is locked: what its fact-check says only
   * changes with a note, which readers see (see publishing/corrections.ts).
   */
  correction?: { note: string; at: string };
}

/** The fields of the published fact-check a save changes: the claim's own, and "sources". */
export function reportedChanges(current: Claim, next: ClaimChanges, options: PlanOptions): string[] {
  const fields: string[] = REPORTED_CLAIM_FIELDS.filter((f) => f in next && next[f] !== current[f]);
  if (options.reportChangedElsewhere === true) fields.push('sources');
  return fields;
}

export function planClaimUpdate(
  current: Claim,
  patch: ClaimPatch,
  reviewer: string,
  scale: VerdictScale,
  options: PlanOptions = {},
): ClaimChanges {
  const next: ClaimChanges = {};
  if (patch.claimReviewed !== undefined) next.claimReviewed = patch.claimReviewed;
  if (patch.claimant !== undefined) next.claimant = patch.claimant;
  if (patch.claimDate !== undefined) next.claimDate = patch.claimDate;
  if (patch.rationale !== undefined) next.rationale = patch.rationale;
  if (patch.assignee !== undefined) next.assignee = patch.assignee;

  const verdict = patch.verdict === undefined ? current.verdict : verdictKey(scale, patch.verdict);
  const verdictChanged = verdict !== current.verdict;
  let verdictSetBy = current.verdictSetBy;
  if (verdictChanged) {
    next.verdict = verdict;
    verdictSetBy = verdict === null ? null : reviewer;
    next.verdictSetBy = verdictSetBy;
  }

  const published = current.status === 'published';
  if (patch.status === 'published' && !published) {
    throw refusal('forbidden', { key: 'publishWithPublish', values: {} });
  }
  if (published && patch.status !== undefined && patch.status !== 'published') {
    throw refusal('forbidden', { key: 'unpublishFirst', values: {} });
  }
  const corrected = reportedChanges(current, next, options);
  if (options.correction !== undefined && (!published || corrected.length === 0)) {
    throw problemError({ key: published ? 'correctionNotNeeded' : 'correctionOnlyPublished', values: {} });
  }
  if (published) {
    if (corrected.length === 0) return next;
    if (options.correction === undefined) {
      throw refusal('forbidden', { key: 'correctionNeeded', values: {} });
    }
    if (verdict === null) throw refusal('forbidden', { key: 'publishedNeedsVerdict', values: {} });
    // Corrected openly, it stays published: the publication date is kept, the correction dated.
    next.modifiedAt = options.correction.at;
    return next;
  }

  const reportChanged = corrected.length > 0;
  const wasApproved = APPROVED_STATES.includes(current.status);
  let status = patch.status ?? current.status;
  // The approval was given to the old values: a changed report needs approving again.
  if (reportChanged && wasApproved && patch.status === undefined) status = 'needs_review';

  // Approving covers the values saved with it, so an edit that keeps "Approved" is an approval too.
  const approving = status === 'approved' && (current.status !== 'approved' || reportChanged);
  if (approving) {
    if (verdict === null) {
      throw refusal('forbidden', { key: 'approveNeedsVerdict', values: {} });
    }
    if (verdictSetBy === reviewer) {
      throw refusal('forbidden', { key: 'fourEyes', values: {} }, { verdictSetBy, reviewer });
    }
    next.approvedBy = reviewer;
  }
  if (!APPROVED_STATES.includes(status) && current.approvedBy !== null) next.approvedBy = null;
  if (status !== current.status) next.status = status;
  return next;
}

/**
 * A source of the claim was added, edited or removed: the report changed, so an approval is
 * withdrawn by the same rule as for an edit of the claim's own fields. Empty when nothing changes.
 */
export function planReportChange(
  current: Claim,
  reviewer: string,
  scale: VerdictScale,
  correction?: PlanOptions['correction'],
): ClaimChanges {
  return planClaimUpdate(current, {}, reviewer, scale, { reportChangedElsewhere: true, correction });
}
