// The reviewer's queue: what is assigned to them and what waits for their review. Choosing an
// entry opens its article and claim. Each section shows the longest-waiting claims first, up to
// the core's limit, and says so when there are more; "Show more" asks for the next page.
import { verdictColourStyle } from '../shared/verdictColour';
import type { Verdict } from '@common/domain/types';
import type { QueueEntry, QueuePage } from '@common/contract';
import { Trans, useTranslation } from 'react-i18next';
import { statusName, wordingOf, verdictName } from '../claims/wording';
import { truncate } from '../shared/format';
import { formatTime } from './people';
import { Dialog } from '../shared/Dialog';
import { formatNumber } from '@common/i18n/format';

interface Props {
  reviewer: string;
  page: QueuePage | null;
  error: string | null;
  verdicts: readonly Verdict[];
  onOpen: (entry: QueueEntry) => void;
  /** Asks for the next page of each section; null when no more can be asked for. */
  onShowMore: (() => void) | null;
  onClose: () => void;
}

function QueueItem({ entry, verdicts, onOpen }: { entry: QueueEntry; verdicts: readonly Verdict[]; onOpen: () => void }) {
  const wording = wordingOf(useTranslation('panels'));
  const { t } = wording;
  const { claim } = entry;
  const verdict = verdicts.find((v) => v.key === claim.verdict);
  return (
    <li>
      <button type="button" className="queue-item" onClick={onOpen}>
        <span className="queue-article">{truncate(entry.articleTitle, 90)}</span>
        <span className="quote">{t('quoted', { text: truncate(claim.claimReviewed || claim.quote.exact, 140) })}</span>
        <span className="claim-tags">
          {entry.reasons.map((r) => (
            <span key={r} className={`reason-tag ${r}`}>
              {t(`queue.${r}`)}
            </span>
          ))}
          <span className="verdict-tag" style={verdictColourStyle(verdict)}>
            {verdict === undefined ? t('queue.noVerdict') : verdictName(wording, verdict)}
          </span>
          <span className="status-tag">{statusName(wording, claim.status)}</span>
          {claim.verdictSetBy !== null && <span className="muted small">{t('queue.verdictBy', { name: claim.verdictSetBy })}</span>}
          <span className="muted small">{t('queue.updated', { time: formatTime(claim.updatedAt) })}</span>
        </span>
      </button>
    </li>
  );
}

export function QueueDialog({ reviewer, page, error, verdicts, onOpen, onShowMore, onClose }: Props) {
  const { t, language } = wordingOf(useTranslation('panels'));
  const count = (n: number): string => formatNumber(language, n);
  const entries = page?.entries ?? [];
  const assigned = entries.filter((e) => e.reasons.includes('assigned'));
  const review = entries.filter((e) => !e.reasons.includes('assigned'));
  const section = (title: string, list: QueueEntry[], total: number, empty: string) => (
    <section className="queue-section" aria-label={title}>
      <h3>
        {title} <span className="count">{count(total)}</span>
      </h3>
      {list.length < total && (
        <p className="muted small queue-more">
          {t('queue.more', { shown: list.length, total })}
        </p>
      )}
      {list.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="queue-list">
          {list.map((entry) => (
            <QueueItem key={entry.claim.id} entry={entry} verdicts={verdicts} onOpen={() => onOpen(entry)} />
          ))}
        </ul>
      )}
      {list.length < total && onShowMore !== null && (
        <button type="button" className="queue-show-more" onClick={onShowMore}>
          {t('queue.showMore')}
        </button>
      )}
    </section>
  );
  return (
    <Dialog title={t('queue.title')} onClose={onClose} className="queue-dialog">
      <p className="muted">
        <Trans t={t} i18nKey="queue.intro" values={{ name: reviewer }} components={{ strong: <strong /> }} />
      </p>
      {error !== null && (
        <p className="notice error" role="alert">
          {t('queue.loadFailed', { error })}
        </p>
      )}
      {page === null && error === null ? (
        <p className="muted">{t('queue.loading')}</p>
      ) : (
        <div className="queue-scroll">
          {section(t('queue.assigned'), assigned, page?.totals.assigned ?? assigned.length, t('queue.noneAssigned'))}
          {section(t('queue.review'), review, page?.totals.review ?? review.length, t('queue.noneReview'))}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('queue.close')}
        </button>
      </div>
    </Dialog>
  );
}
