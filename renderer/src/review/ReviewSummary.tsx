// The review state of one claim, under its fields: who set the verdict and who approved it (four
// eyes), who it is assigned to, and a one-click approve for a verdict someone else set.
import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import type { Claim } from '@common/domain/types';
import type { ClaimDraft } from '../claims/useClaimDraft';
import { useReviewers } from './useReviewers';
import { initials } from './people';
import { listOf, wordingOf } from '../claims/wording';

interface Props {
  draft: ClaimDraft;
  stored: Claim | null;
  reviewer: string | null;
  /** Other reviewers who have this claim open right now. */
  othersHere: readonly string[];
}

function Person({ name }: { name: string }) {
  return (
    <span className="person">
      <span className="avatar small" aria-hidden="true">
        {initials(name)}
      </span>
      {name}
    </span>
  );
}

export function ReviewSummary({ draft, stored, reviewer, othersHere }: Props) {
  const wording = wordingOf(useTranslation('panels'));
  const { t } = wording;
  const id = useId();
  const reviewers = useReviewers(reviewer);
  const { base, draft: fields } = draft;
  if (stored === null || base === null || fields === null) return null;

  const options = [...new Set([...reviewers, ...(reviewer ? [reviewer] : []), ...(fields.assignee ? [fields.assignee] : [])])].sort((a, b) =>
    a.localeCompare(b),
  );
  const setByMe = stored.verdictSetBy !== null && stored.verdictSetBy === reviewer;
  const canApprove =
    stored.verdict !== null && stored.status === 'needs_review' && !setByMe && fields.status === stored.status && draft.status !== 'saving';

  const approve = () => {
    draft.setField('status', 'approved');
    void draft.flush();
  };

  return (
    <section className="review-section review-summary" aria-label={t('review.label')}>
      {othersHere.length > 0 && (
        <p className="notice presence-here" role="status">
          {t('review.othersHere', { names: listOf(wording, othersHere), count: othersHere.length })}
        </p>
      )}
      <dl className="review-facts">
        <div>
          <dt>{t('field.verdictSetBy')}</dt>
          <dd>{stored.verdictSetBy !== null ? <Person name={stored.verdictSetBy} /> : <span className="muted">{t('review.noVerdictYet')}</span>}</dd>
        </div>
        <div>
          <dt>{t('field.approvedBy')}</dt>
          <dd>{stored.approvedBy !== null ? <Person name={stored.approvedBy} /> : <span className="muted">{t('review.notApproved')}</span>}</dd>
        </div>
      </dl>
      {stored.status === 'needs_review' && setByMe && (
        <p className="muted review-hint">{t('review.ownVerdict')}</p>
      )}
      {canApprove && (
        <div className="approve-row">
          <span className="review-hint">
            {stored.verdictSetBy !== null ? t('review.asksForReview', { name: stored.verdictSetBy }) : t('review.needsReview')}
          </span>
          <button type="button" className="primary" onClick={approve}>
            {t('review.approve')}
          </button>
        </div>
      )}
      <label htmlFor={`${id}-assignee`}>{t('field.assignee')}</label>
      <select id={`${id}-assignee`} value={fields.assignee} onChange={(e) => draft.setField('assignee', e.target.value)}>
        <option value="">{t('review.nobody')}</option>
        {options.map((name) => (
          <option key={name} value={name}>
            {name === reviewer ? t('review.me', { name }) : name}
          </option>
        ))}
      </select>
    </section>
  );
}
