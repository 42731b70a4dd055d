// What the claim panel shows for reviewing together: the review state (above the sources) and the
// discussion and history (below them). Nothing for a claim deleted elsewhere.
import type { Claim, Verdict } from '@common/domain/types';
import type { ClaimDraft } from '../claims/useClaimDraft';
import { ClaimHistory } from './ClaimHistory';
import { CommentThread } from './CommentThread';
import { ReviewSummary } from './ReviewSummary';
import './review.css';

export function ClaimReviewState(props: { draft: ClaimDraft; stored: Claim | null; reviewer: string | null; othersHere: readonly string[] }) {
  return <ReviewSummary {...props} />;
}

export function ClaimDiscussion({ stored, verdicts }: { stored: Claim | null; verdicts: readonly Verdict[] }) {
  if (stored === null) return null;
  return (
    <>
      <CommentThread claimId={stored.id} articleId={stored.articleId} />
      <ClaimHistory claim={stored} verdicts={verdicts} />
    </>
  );
}
