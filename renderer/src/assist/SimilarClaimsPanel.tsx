// Claims already checked: when a claim is marked or opened, claims from other articles that say the
// same thing, with their verdict, status and article, so the desk reuses its earlier work.
import { useCallback, useId } from 'react';
import type { ChangeEntry, Verdict } from '@common/domain/types';
import { CLAIM_STATUS_LABELS } from '@common/domain/types';
import { api } from '../shared/api';
import { truncate } from '../shared/format';
import { useLiveQuery } from '../shared/useLiveQuery';

interface Props {
  claimId: number;
  verdicts: readonly Verdict[];
}

export function SimilarClaimsPanel({ claimId, verdicts }: Props) {
  const headingId = useId();
  const query = useCallback(() => api().similarClaims({ claimId }), [claimId]);
  // The claim's own text changed: look again.
  const stale = useCallback((e: ChangeEntry) => e.entity === 'claim' && e.entityId === claimId, [claimId]);
  const { value, error } = useLiveQuery(query, stale);
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
              <q>{truncate(c.claimReviewed, 140)}</q>
              <span className="small">
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
