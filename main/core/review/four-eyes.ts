// The review workflow's rules for one claim edit: verdicts are resolved against the scale, the
// person who set a verdict is recorded, a verdict can only be approved by someone else (four
// eyes), and an approval covers exactly what the report publishes: changing any of it (here, or
// a source through planReportChange) withdraws the approval. Pure: it decides the new field
// values; the service stores them.
import type { ClaimPatch } from '@common/contract';
import { FactdeskError } from '@common/domain/errors';
import type { Claim, ClaimStatus, VerdictScale } from '@common/domain/types';
import { verdictKeyOf as verdictKey } from '@common/domain/verdicts';
export { verdictKey };

export type ClaimChanges = Partial<
  Pick<
    Claim,
    'claimReviewed' | 'claimant' | 'claimDate' | 'verdict' | 'rationale' | 'status' | 'assignee' | 'verdictSetBy' | 'approvedBy'
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

  const reportChanged =
    options.reportChangedElsewhere === true || REPORTED_CLAIM_FIELDS.some((f) => f in next && next[f] !== current[f]);
  const wasApproved = APPROVED_STATES.includes(current.status);
  let status = patch.status ?? current.status;
  if (reportChanged && wasApproved) {
    // The approval was given to the old values: a changed report needs approving again.
    if (patch.status === undefined) status = 'needs_review';
    else if (patch.status === 'published') {
      throw new FactdeskError(
        'forbidden',
        'This change alters what the report says, so the claim needs approving again before it can be published.',
      );
    }
  }

  // Approving covers the values saved with it, so an edit that keeps "Approved" is an approval too.
  const approving = status === 'approved' && (current.status !== 'approved' || reportChanged);
  if (approving) {
    if (verdict === null) {
      throw new FactdeskError('forbidden', 'This claim has no verdict yet; set one before it can be approved.');
    }
    if (verdictSetBy === reviewer) {
      throw new FactdeskError(
        'forbidden',
        `You set this verdict yourself, so another reviewer has to approve it (four-eyes rule).`,
        { verdictSetBy, reviewer },
      );
    }
    next.approvedBy = reviewer;
  }
  if (status === 'published' && current.status !== 'published' && current.status !== 'approved') {
    throw new FactdeskError('forbidden', 'Only an approved claim can be published.');
  }
  if (!APPROVED_STATES.includes(status) && current.approvedBy !== null) next.approvedBy = null;
  if (status !== current.status) next.status = status;
  return next;
}

/**
 * A source of the claim was added, edited or removed: the report changed, so an approval is
 * withdrawn by the same rule as for an edit of the claim's own fields. Empty when nothing changes.
 */
export function planReportChange(current: Claim, reviewer: string, scale: VerdictScale): ClaimChanges {
  return planClaimUpdate(current, {}, reviewer, scale, { reportChangedElsewhere: true });
}
