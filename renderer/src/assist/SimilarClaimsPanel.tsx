// Claims already checked: when a claim is marked or opened, claims from other articles that say the
// same thing, with their verdict, status and article, so the desk reuses its earlier work.
import { useCallback, useId } from 'react';
import type { ChangeEntry, Verdict } from '@common/domain/types';
import { api } from '../shared/api';
import { truncate } from '../shared/format';
import { useLiveQuery } from '../shared/useLiveQuery';
import { statusName, useWording, verdictName } from '../claims/wording';

interface Props {
  claimId: number;
  verdicts: readonly Verdict[];
}

export function SimilarClaimsPanel({ claimId, verdicts }: Props) {
  const wording = useWording();
  const { t } = wording;
  const headingId = useId();
  const query = useCallback(() => api().similarClaims({ claimId }), [claimId]);
  // The claim's own text changed: look again.
  const stale = useCallback((e: ChangeEntry) => e.entity === 'claim' && e.entityId === claimId, [claimId]);
  const { value, error } = useLiveQuery(query, stale);
  if (value === null) return error === null ? null : <p className="notice error">{t('similar.failed', { error })}</p>;
  const label = (key: string | null) => {
    if (key === null) return t('similar.noVerdictYet');
    const verdict = verdicts.find((v) => v.key === key);
    return verdict === undefined ? key : verdictName(wording, verdict);
  };
  return (
    <section className="assist-panel similar-claims" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('similar.heading')}</h3>
      {value.claims.length === 0 ? (
        <p className="muted small">{t('similar.none')}</p>
      ) : (
        <ul>
          {value.claims.map((c) => (
            <li key={c.claimId} className={c.sameClaim ? 'same-claim' : undefined}>
              <q>{truncate(c.claimReviewed, 140)}</q>
              <span className="small">
                {c.sameClaim && <strong>{t('similar.sameClaim')}</strong>}
                {t('similar.facts', { verdict: label(c.verdict), status: statusName(wording, c.status) })}
                <span className="muted">{truncate(c.articleTitle, 80)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
