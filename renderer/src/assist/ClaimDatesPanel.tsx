// The dates panel under a claim: date expressions in its quote and sentence, resolved against the
// article's date; one click takes one as the claim date (at its precision). An article without a
// publication date asks for it here, since nothing can be resolved without it.
import { useTranslation } from 'react-i18next';
import { useCallback, useId, useState } from 'react';
import type { ClaimDateCandidate } from '@common/domain/assist';
import type { ChangeEntry } from '@common/domain/types';
import { api } from '../shared/api';
import { formatClaimDate, formatDay } from '../shared/dates';
import { useLiveQuery } from '../shared/useLiveQuery';
import { wordingOf, type Wording } from '../claims/wording';
import { errorShown } from '../shared/failureMessage';

interface Props {
  claimId: number;
  articleId: number;
  /** The claim date in the form, so the one already taken is shown as such. */
  claimDate: string;
  onTake: (claimDate: string) => void;
}

function resolved({ t }: Wording, d: ClaimDateCandidate): string {
  const start = formatDay(d.start) ?? d.start;
  return d.start === d.end ? start : t('dates.range', { start, end: formatDay(d.end) ?? d.end });
}

export function ClaimDatesPanel({ claimId, articleId, claimDate, onTake }: Props) {
  const wording = wordingOf(useTranslation('panels'));
  const { t } = wording;
  const headingId = useId();
  const query = useCallback(() => api().claimDates({ claimId }), [claimId]);
  // A new article date (here or in another window) or a re-anchored quote changes what is found.
  const stale = useCallback(
    (e: ChangeEntry) => (e.entity === 'article' && e.entityId === articleId) || (e.entity === 'claim' && e.entityId === claimId),
    [articleId, claimId],
  );
  const { value, error } = useLiveQuery(query, stale);
  if (value === null) return error === null ? null : <p className="notice error">{t('dates.failed', { error })}</p>;
  return (
    <section className="assist-panel claim-dates" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dates.heading')}</h3>
      {value.reference === null ? (
        <ArticleDatePrompt articleId={value.articleId} articleRevision={value.articleRevision} />
      ) : value.dates.length === 0 ? (
        <p className="muted small">{t('dates.none')}</p>
      ) : (
        <ul>
          {value.dates.map((d) => (
            <li key={`${d.index}-${d.text}`}>
              <q>{d.text}</q>
              <span className="resolved">{resolved(wording, d)}</span>
              {d.claimDate !== null &&
                (d.claimDate === claimDate ? (
                  <span className="muted small">{t('dates.isClaimDate')}</span>
                ) : (
                  <button type="button" onClick={() => onTake(d.claimDate!)} aria-label={t('dates.useLabel', { text: d.text, date: formatClaimDate(d.claimDate) })}>
                    {t('dates.use', { date: formatClaimDate(d.claimDate) })}
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
      {value.reference !== null && <p className="muted small">{t('dates.resolvedAgainst', { date: formatDay(value.reference) })}</p>}
    </section>
  );
}

function ArticleDatePrompt({ articleId, articleRevision }: { articleId: number; articleRevision: number }) {
  const { t } = wordingOf(useTranslation('panels'));
  const id = useId();
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    try {
      setProblem(null);
      await api().updateArticle({ id: articleId, expectedRevision: articleRevision, patch: { publishedAt: date } });
    } catch (e) {
      setProblem(errorShown(e));
    }
  };
  return (
    <form
      className="article-date-prompt"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="small">{t('dates.noArticleDate')}</p>
      <label htmlFor={id}>{t('dates.articleDate')}</label>
      <input id={id} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      <button type="submit" disabled={date === ''}>
        {t('dates.saveArticleDate')}
      </button>
      {problem !== null && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
