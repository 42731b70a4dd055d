// All claims of the open article beside the text, in text order: quote, verdict, status.
// Choosing one opens it and brings its highlight into view.
import type { CSSProperties } from 'react';
import type { Claim, Verdict } from '../../../main/core/domain/types';
import { STATUS_LABELS } from '../model/claimFields';
import { truncate } from '../model/format';
import { NO_VERDICT_COLOR } from '../plugins/ClaimHighlightPlugin';

interface Props {
  claims: readonly Claim[];
  verdicts: readonly Verdict[];
  selectedClaimId: number | null;
  onChoose: (claimId: number) => void;
  /** Claims ticked (for an export); the tick boxes show only when onCheck is given. */
  checked?: ReadonlySet<number>;
  onCheck?: (claimId: number, checked: boolean) => void;
}

export function ClaimsList({ claims, verdicts, selectedClaimId, onChoose, checked, onCheck }: Props) {
  const ordered = [...claims].sort((a, b) => a.position.start - b.position.start || a.id - b.id);
  return (
    <section className="claims-list" aria-labelledby="claims-heading">
      <h2 id="claims-heading">
        Claims <span className="count">{claims.length}</span>
      </h2>
      {ordered.length === 0 ? (
        <p className="empty">No claims yet. Select a sentence in the text and press Mark claim.</p>
      ) : (
        <ul>
          {ordered.map((claim) => {
            const verdict = verdicts.find((v) => v.key === claim.verdict);
            return (
              <li key={claim.id} className={onCheck ? 'checkable' : undefined}>
                {onCheck && (
                  <input
                    type="checkbox"
                    className="claim-check"
                    checked={checked?.has(claim.id) ?? false}
                    onChange={(e) => onCheck(claim.id, e.target.checked)}
                    aria-label={`Select “${truncate(claim.quote.exact, 60)}” for export`}
                  />
                )}
                <button
                  type="button"
                  className={claim.id === selectedClaimId ? 'selected' : undefined}
                  aria-current={claim.id === selectedClaimId ? 'true' : undefined}
                  onClick={() => onChoose(claim.id)}
                >
                  <span className="quote">“{truncate(claim.quote.exact, 110)}”</span>
                  <span className="claim-tags">
                    <span className="verdict-tag" style={{ '--claim-color': verdict?.color ?? NO_VERDICT_COLOR } as CSSProperties}>
                      {verdict?.label ?? 'No verdict'}
                    </span>
                    <span className="status-tag">{STATUS_LABELS[claim.status]}</span>
                    {claim.orphaned && <span className="orphan-tag">Text not found</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
