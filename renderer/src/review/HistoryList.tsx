// Renders a change log: who, when, what, and each changed field from → to.
import type { ChangeEntry, Verdict } from '@common/domain/types';
import { Trans, useTranslation } from 'react-i18next';
import { describeHistory, historyValues } from './history';
import { wordingOf } from '../claims/wording';
import { formatTime, initials } from './people';

interface Props {
  entries: readonly ChangeEntry[] | null;
  verdicts: readonly Verdict[];
  error: string | null;
  /** Accessible name of the list. */
  label: string;
  emptyText?: string;
}

export function HistoryList({ entries, verdicts, error, label, emptyText }: Props) {
  const wording = wordingOf(useTranslation('panels'));
  const { t } = wording;
  if (error !== null) {
    return (
      <p className="notice error" role="alert">
        {t('history.loadFailed', { error })}
      </p>
    );
  }
  if (entries === null) return <p className="muted history-loading">{t('history.loading')}</p>;
  const lines = describeHistory(wording, entries, verdicts);
  if (lines.length === 0) return <p className="muted">{emptyText ?? t('history.empty')}</p>;
  return (
    <ol className="history-list" aria-label={label}>
      {lines.map((line) => (
        <li key={line.id} className="history-entry">
          <span className="avatar small" aria-hidden="true">
            {initials(line.reviewer)}
          </span>
          <div className="history-body">
            <p className="history-summary">
              <Trans
                t={t}
                i18nKey={`history.line.${line.action}`}
                values={historyValues(line)}
                components={{ who: <strong /> }}
              />{' '}
              <time dateTime={line.at} className="muted">
                {formatTime(line.at)}
              </time>
            </p>
            {line.detail !== null && <p className="history-detail">{line.detail}</p>}
            {line.changes.length > 0 && (
              <dl className="history-changes">
                {line.changes.map((c) => (
                  <div key={c.field}>
                    <dt>{c.label}</dt>
                    <dd>
                      <span className="from">{c.from}</span>
                      <span className="arrow" aria-label={t('history.changedTo')}>
                        {' → '}
                      </span>
                      <span className="to">{c.to}</span>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
