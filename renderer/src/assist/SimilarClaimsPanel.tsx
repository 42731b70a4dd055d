// Claims already checked: when a claim is marked or opened, claims from other articles that say the
// same thing, with their verdict, status and article, so the desk reuses its earlier work. Each is a
// link to that claim (its address), opened in the reader by onOpen so Back returns here.
import { useCallback, useEffect, useId } from 'react';
import type { SimilarClaim } from '@common/domain/assist';
import type { ChangeEntry, Verdict } from '@common/domain/types';
import { CLAIM_STATUS_LABELS } from '@common/domain/types';
import { formatAddress } from '../articles/address';
import { api } from '../shared/api';
import { truncate } from '../shared/format';
import { announcePolitely } from '../shared/LiveAnnouncer';
import { useLiveQuery } from '../shared/useLiveQuery';

interface Props {
  claimId: number;
  verdicts: readonly Verdict[];
  onOpen: (claim: SimilarClaim) => void;
}

/** What a screen reader hears when the list arrives: only when there is something to reuse. */
function spoken(claims: readonly SimilarClaim[]): string | null {
  if (claims.length === 0) return null;
  const same = claims.filter((c) => c.sameClaim).length;
  const count = `${claims.length} similar ${claims.length === 1 ? 'claim' : 'claims'} in other articles`;
  return `Checked before: ${count}${same > 0 ? `, ${same} probably the same claim` : ''}.`;
}

export function SimilarClaimsPanel({ claimId, verdicts, onOpen }: Props) {
  const headingId = useId();
  const aboutId = (claimId: number): string => `${headingId}-about-${claimId}`;
  const query = useCallback(() => api().similarClaims({ claimId }), [claimId]);
  // Look again when a claim changed: this one's text, or one elsewhere that may now be listed (a
  // colleague marking the same claim in another article) or not any more.
  const stale = useCallback((e: ChangeEntry) => e.entity === 'claim', []);
  const { value, error } = useLiveQuery(query, stale);
  const news = value === null ? null : spoken(value.claims);
  // Once per claim and result, not at every keystroke's reload that finds the same.
  useEffect(() => {
    if (news !== null) announcePolitely(news);
  }, [claimId, news]);
  if (value === null) return error === null ? null : <p className="notice error">Similar claims: {error}</p>;
  const label = (key: string | null) => (key === null ? 'No verdict yet' : (verdicts.find((v) => v.key === key)?.label ?? key));
  return (
    <section className="assist-panel similar-claims" aria-labelledby={headingId}>
      <h3 id={headingId}>Checked before</h3>
      {value.claims.length === 0 ? (
        <p className="muted small">No similar claims in other articles.</p>
      ) : (
        <ul>
          {value.claims.map((c) => (
            <li key={c.claimId} className={c.sameClaim ? 'same-claim' : undefined}>
              <a
                href={formatAddress({ articleId: c.articleId, claimId: c.claimId })}
                title={`Open claim #${c.claimId} in “${c.articleTitle}”`}
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
                {c.sameClaim && <strong>Probably the same claim · </strong>}
                {label(c.verdict)} · {CLAIM_STATUS_LABELS[c.status]} · <span className="muted">{truncate(c.articleTitle, 80)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
