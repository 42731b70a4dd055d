// Claims already checked: when a claim is marked or opened, claims from other articles that say the
// same thing, with their verdict, status and article, so the desk reuses its earlier work. Each is a
// link to that claim (its address), opened in the reader by onOpen so Back returns here.
import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useId } from 'react';
import type { SimilarClaim } from '@common/domain/assist';
import type { ChangeEntry, Verdict } from '@common/domain/types';
import { formatAddress } from '../articles/address';
import { api } from '../shared/api';
import { truncate } from '../shared/format';
import { announcePolitely } from '../shared/LiveAnnouncer';
import { useLiveQuery } from '../shared/useLiveQuery';
import { statusName, wordingOf, verdictName, type Wording } from '../claims/wording';

interface Props {
  claimId: number;
  verdicts: readonly Verdict[];
  onOpen: (claim: SimilarClaim) => void;
}

/** What a screen reader hears when the list arrives: only when there is something to reuse. */
function spoken({ t }: Wording, claims: readonly SimilarClaim[]): string | null {
  if (claims.length === 0) return null;
  return t('similar.spoken', { count: claims.length, same: claims.filter((c) => c.sameClaim).length });
}

export function SimilarClaimsPanel({ claimId, verdicts, onOpen }: Props) {
  const wording = wordingOf(useTranslation('panels'));
  const { t } = wording;
  const headingId = useId();
  const aboutId = (claimId: number): string => `${headingId}-about-${claimId}`;
  const query = useCallback(() => api().similarClaims({ claimId }), [claimId]);
  // Look again when a claim changed: this one's text, or one elsewhere that may now be listed (a
  // colleague marking the same claim in another article) or not any more.
  const stale = useCallback((e: ChangeEntry) => e.entity === 'claim', []);
  const { value, error } = useLiveQuery(query, stale);
  const news = value === null ? null : spoken(wording, value.claims);
  // Once per claim and result, not at every keystroke's reload that finds the same.
  useEffect(() => {
    if (news !== null) announcePolitely(news);
  }, [claimId, news]);
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
              <a
                href={formatAddress({ articleId: c.articleId, claimId: c.claimId })}
                title={t('similar.openTitle', { id: c.claimId, title: c.articleTitle })}
                aria-describedby={aboutId(c.claimId)}
                onClick={(e) => {
                  // A plain click opens it here; a new window or tab (modifier keys) is left to the browser.
                  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                  e.preventDefault();
                  onOpen(c);
                }}
              >
                <q>{truncate(c.claimReviewed, 140)}</q>
              </a>
              <span className="small" id={aboutId(c.claimId)}>
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
