// The header's review tools: who else is here, My queue, Export report, and who I am.
import { useTranslation } from 'react-i18next';
import type { ReviewWorkspace } from './useReviewWorkspace';
import { ariaShortcut, shortcutLabel } from '../shared/useShortcut';
import { initials } from './people';
import { PresenceIndicator } from './PresenceIndicator';
import { wordingOf } from '../claims/wording';
import { formatNumber } from '@common/i18n/format';
import './review.css';

export function ReviewHeader({ review }: { review: ReviewWorkspace }) {
  const { t, language } = wordingOf(useTranslation('panels'));
  const { reviewer, queue } = review;
  const count = queue.total;
  return (
    <div className="review-header">
      <PresenceIndicator others={review.others} describe={review.describe} />
      <button
        type="button"
        className="queue-button"
        onClick={() => review.setDialog({ kind: 'queue' })}
        disabled={reviewer.name === null}
        aria-label={t('header.queueLabel', { count })}
      >
        {t('header.queue')} {count > 0 && <span className="badge">{formatNumber(language, count)}</span>}
      </button>
      <button
        type="button"
        onClick={() => review.openExport()}
        data-focus-key="export-report"
        aria-keyshortcuts={ariaShortcut('e')}
        title={t('header.exportTitle', { shortcut: shortcutLabel('e') })}
      >
        {t('header.export')}
      </button>
      {reviewer.name !== null && (
        <button type="button" className="reviewer-badge" onClick={reviewer.askToChange} aria-label={t('header.reviewingAs', { name: reviewer.name })}>
          {/* Initials drawn by CSS: as text they would be visible words missing from the button's
              name, which speech input users say to press it (axe: label-content-name-mismatch). */}
          <span className="avatar" aria-hidden="true" data-initials={initials(reviewer.name)} />
          <span className="reviewer-name">{reviewer.name}</span>
        </button>
      )}
    </div>
  );
}
