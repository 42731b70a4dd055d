// Under the claims list: tick all claims for an export, export the ticked ones, and the article's history.
import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import type { ReviewWorkspace } from './useReviewWorkspace';
import { wordingOf } from '../claims/wording';

interface Props {
  review: ReviewWorkspace;
  claimCount: number;
}

export function ArticleReviewBar({ review, claimCount }: Props) {
  const { t } = wordingOf(useTranslation('panels'));
  const id = useId();
  const n = review.checked.size;
  const all = claimCount > 0 && n === claimCount;
  return (
    <div className="article-review-bar" role="toolbar" aria-label={t('bar.label')}>
      {claimCount > 0 && (
        <label className="check select-all" htmlFor={`${id}-all`}>
          <input
            id={`${id}-all`}
            type="checkbox"
            checked={all}
            ref={(el) => {
              if (el !== null) el.indeterminate = n > 0 && !all;
            }}
            onChange={(e) => review.checkAll(e.target.checked)}
          />
          {n > 0 ? t('bar.selected', { count: n }) : t('bar.selectAll')}
        </label>
      )}
      {n > 0 && (
        <button type="button" onClick={() => review.openExport('selected')} data-focus-key="export-selected">
          {t('bar.exportSelected')}
        </button>
      )}
      <span className="spacer" />
      <button type="button" onClick={() => review.setDialog({ kind: 'article-history' })} data-focus-key="article-history">
        {t('bar.articleHistory')}
      </button>
    </div>
  );
}
