// All claims of the open article beside the text, in text order: quote, verdict, status.
// Choosing one opens it and brings its highlight into view.
//
// An article can carry hundreds of claims and the list re-renders on every change of the
// workspace (marking, saving, the live feed): rows are memoised on their claim object, its
// verdict and their own flags, with stable callbacks, so only rows that changed render again.
import { useTranslation } from 'react-i18next';
import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import type { Claim, Verdict } from '@common/domain/types';
import { statusName, wordingOf, verdictName } from './wording';
import { truncate } from '../shared/format';
import { verdictColourStyle } from '../shared/verdictColour';

interface Props {
  claims: readonly Claim[];
  verdicts: readonly Verdict[];
  selectedClaimId: number | null;
  onChoose: (claimId: number) => void;
  /** Claims ticked (for an export); the tick boxes show only when onCheck is given. */
  checked?: ReadonlySet<number>;
  onCheck?: (claimId: number, checked: boolean) => void;
  /** Places an orphaned claim on the reader's selection; the action shows only when given. */
  onReattach?: (claim: Claim) => void;
}

/** A callback whose identity never changes but which always calls the latest `fn`. */
function useStableCallback<A extends unknown[]>(fn: ((...args: A) => void) | undefined): (...args: A) => void {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current?.(...args), []);
}

const NO_CLAIMS: readonly Claim[] = [];

export function ClaimsList({ claims, verdicts, selectedClaimId, onChoose, checked, onCheck, onReattach }: Props) {
  // The rows follow the claims in a render of their own, after the frame that shows the article
  // and its highlights: 300 rows (and their layout) delayed the text of a long article.
  const listed = useDeferredValue(claims, NO_CLAIMS);
  const ordered = useMemo(() => [...listed].sort((a, b) => a.position.start - b.position.start || a.id - b.id), [listed]);
  const verdictByKey = useMemo(() => new Map(verdicts.map((v) => [v.key, v])), [verdicts]);
  const choose = useStableCallback(onChoose);
  const check = useStableCallback(onCheck);
  const reattach = useStableCallback(onReattach);
  const checkable = onCheck !== undefined;
  const { t } = wordingOf(useTranslation('panels'));
  return (
    <section className="claims-list" aria-labelledby="claims-heading">
      <h2 id="claims-heading">
        {t('claimsList.heading')} <span className="count">{claims.length}</span>
      </h2>
      {ordered.length === 0 ? (
        claims.length === 0 && <p className="empty">{t('claimsList.empty')}</p>
      ) : (
        <ul>
          {ordered.map((claim) => (
            <ClaimRow
              key={claim.id}
              claim={claim}
              verdict={claim.verdict === null ? undefined : verdictByKey.get(claim.verdict)}
              selected={claim.id === selectedClaimId}
              checkable={checkable}
              checked={checked?.has(claim.id) ?? false}
              onChoose={choose}
              onCheck={check}
              onReattach={onReattach === undefined ? undefined : reattach}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface RowProps {
  claim: Claim;
  verdict: Verdict | undefined;
  selected: boolean;
  checkable: boolean;
  checked: boolean;
  onChoose: (claimId: number) => void;
  onCheck: (claimId: number, checked: boolean) => void;
  onReattach: ((claim: Claim) => void) | undefined;
}

const ClaimRow = memo(function ClaimRow({ claim, verdict, selected, checkable, checked, onChoose, onCheck, onReattach }: RowProps) {
  const wording = wordingOf(useTranslation('panels'));
  const { t } = wording;
  return (
    <li className={checkable ? 'checkable' : undefined}>
      {checkable && (
        <input
          type="checkbox"
          className="claim-check"
          checked={checked}
          onChange={(e) => onCheck(claim.id, e.target.checked)}
          aria-label={t('claimsList.selectForExport', { quote: truncate(claim.quote.exact, 60) })}
        />
      )}
      <button
        type="button"
        className={selected ? 'selected' : undefined}
        aria-current={selected ? 'true' : undefined}
        // The same row when the list is drawn anew (a dialog opened from it gives the focus back here).
        data-focus-key={`claim-row-${claim.id}`}
        onClick={() => onChoose(claim.id)}
      >
        <span className="quote">{t('quoted', { text: truncate(claim.quote.exact, 110) })}</span>
        <span className="claim-tags">
          <span className="verdict-tag" style={verdictColourStyle(verdict)}>
            {verdict === undefined ? t('claimsList.noVerdict') : verdictName(wording, verdict)}
          </span>
          <span className="status-tag">{statusName(wording, claim.status)}</span>
          {claim.orphaned && <span className="orphan-tag">{t('claimsList.textNotFound')}</span>}
        </span>
      </button>
      {claim.orphaned && onReattach !== undefined && (
        <button type="button" className="reattach" onClick={() => onReattach(claim)} aria-label={t('claimsList.reattachLabel', { quote: truncate(claim.quote.exact, 60) })}>
          {t('claimsList.reattach')}
        </button>
      )}
    </li>
  );
});
