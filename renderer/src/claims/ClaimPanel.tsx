// The side panel for one claim: the review fields (labelled exactly as fact-checkers know them),
// save state, undo, delete, and the claim's sources.
import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { SimilarClaim } from '@common/domain/assist';
import type { Claim, Source, Verdict } from '@common/domain/types';
import type { ClaimDraft } from './useClaimDraft';
import { CLAIM_STATUS_ORDER } from './claimFields';
import { statusName, wordingOf, verdictName } from './wording';
import { ClaimDatesPanel } from '../assist/ClaimDatesPanel';
import { SimilarClaimsPanel } from '../assist/SimilarClaimsPanel';
import { ClaimDateField } from './ClaimDateField';
import { truncate } from '../shared/format';
import { SourceList } from '../sources/SourceList';

interface Props {
  draft: ClaimDraft;
  /** The claim as currently stored; null when it was deleted elsewhere. */
  stored: Claim | null;
  verdicts: readonly Verdict[];
  sources: readonly Source[];
  undoLabel: string | null;
  onUndo: () => void;
  onDelete: () => void;
  onClose: () => void;
  onSourceSaved: (source: Source) => void;
  onSourceRemoved: (sourceId: number) => void;
  /** Review state shown under the fields (who set the verdict, approval, assignment). */
  review?: ReactNode;
  /** Shown under the sources (comments, history). */
  discussion?: ReactNode;
  /** Just marked: put the focus in the Claim field (then onFocused), so the user can type on. */
  focusClaimField?: boolean;
  onFocused?: () => void;
  /** Opens a claim listed under "Checked before" (in its article). */
  onOpenSimilar: (claim: SimilarClaim) => void;
}

export function ClaimPanel(props: Props) {
  const { draft, stored, verdicts, sources, undoLabel, onUndo, onDelete, onClose, onSourceSaved, onSourceRemoved } = props;
  const wording = wordingOf(useTranslation('panels'));
  const { t } = wording;
  const id = useId();
  const claimField = useRef<HTMLTextAreaElement>(null);
  const { focusClaimField, onFocused } = props;
  const { base, draft: fields, status, setField } = draft;
  useEffect(() => {
    if (focusClaimField !== true || claimField.current === null) return;
    claimField.current.focus();
    onFocused?.();
  }, [focusClaimField, onFocused]);
  if (base === null || fields === null) return null;
  const field = (name: string) => `${id}-${name}`;

  return (
    <section className="claim-panel" aria-labelledby={field('heading')}>
      <header className="panel-header">
        <h2 id={field('heading')}>{t('claim.heading', { id: base.id })}</h2>
        <button type="button" className="icon" onClick={onClose} aria-label={t('claim.close')}>
          ×
        </button>
      </header>
      <blockquote className="claim-quote">
        {t('quoted', { text: truncate(base.quote.exact, 400) })}
      </blockquote>
      {stored === null && (
        <p className="notice warning" role="alert">
          {t('claim.deletedElsewhere')}
        </p>
      )}
      {draft.remoteChanged && stored !== null && (
        <p className="notice" role="status">
          {t('claim.remoteChanged')}
        </p>
      )}
      <form
        className="claim-form"
        onSubmit={(e) => {
          e.preventDefault();
          void draft.flush();
        }}
      >
        <label htmlFor={field('claim')}>{t('field.claimReviewed')}</label>
        <textarea ref={claimField} id={field('claim')} rows={3} value={fields.claimReviewed} onChange={(e) => setField('claimReviewed', e.target.value)} />

        <div className="field-row">
          <div>
            <label htmlFor={field('claimant')}>{t('field.claimant')}</label>
            <input id={field('claimant')} value={fields.claimant} onChange={(e) => setField('claimant', e.target.value)} />
          </div>
          <div>
            <ClaimDateField id={field('date')} label={t('field.claimDate')} value={fields.claimDate} onChange={(v) => setField('claimDate', v)} />
          </div>
        </div>

        <div className="field-row">
          <div>
            <label htmlFor={field('verdict')}>{t('field.verdict')}</label>
            <select id={field('verdict')} value={fields.verdict} onChange={(e) => setField('verdict', e.target.value)}>
              <option value="">{t('claim.noVerdictYet')}</option>
              {[...verdicts]
                .sort((a, b) => a.sortOrder - b.sortOrder)
                .map((v) => (
                  <option key={v.key} value={v.key}>
                    {verdictName(wording, v)}
                  </option>
                ))}
              {fields.verdict !== '' && !verdicts.some((v) => v.key === fields.verdict) && (
                <option value={fields.verdict}>{t('claim.notOnScale', { verdict: fields.verdict })}</option>
              )}
            </select>
          </div>
          <div>
            <label htmlFor={field('status')}>{t('field.status')}</label>
            <select id={field('status')} value={fields.status} onChange={(e) => setField('status', e.target.value as typeof fields.status)}>
              {CLAIM_STATUS_ORDER.map((s) => (
                <option key={s} value={s}>
                  {statusName(wording, s)}
                </option>
              ))}
            </select>
          </div>
        </div>

        <label htmlFor={field('rationale')}>{t('field.rationale')}</label>
        <textarea id={field('rationale')} rows={5} value={fields.rationale} onChange={(e) => setField('rationale', e.target.value)} />

        {draft.refusal !== null && (
          <div className="notice warning refusal" role="alert">
            <span>{t('claim.statusRefused', { reason: draft.refusal })}</span>
            <button type="button" onClick={draft.dismissRefusal}>
              {t('claim.dismiss')}
            </button>
          </div>
        )}
        {status === 'error' && (
          <div className="notice error" role="alert">
            <span>{draft.errorMessage === null ? t('claim.notSavedUnknown') : t('claim.notSaved', { reason: draft.errorMessage })}</span>
            <button type="button" onClick={() => void draft.flush()}>
              {t('claim.tryAgain')}
            </button>
            <button type="button" onClick={draft.discard}>
              {t('claim.discard')}
            </button>
          </div>
        )}
        <div className="form-actions">
          <span className={`save-state ${status}`} role="status">
            {t(`claim.saveState.${status}`)}
          </span>
          <button type="button" onClick={onUndo} disabled={undoLabel === null} title={undoLabel ? t('claim.undoTitle', { change: undoLabel }) : t('claim.nothingToUndo')}>
            {t('claim.undo')}
          </button>
          <button type="submit" className="primary" disabled={status === 'saving' || stored === null}>
            {t('claim.save')}
          </button>
        </div>
      </form>

      {stored !== null && (
        <ClaimDatesPanel claimId={base.id} articleId={base.articleId} claimDate={fields.claimDate} onTake={(v) => setField('claimDate', v)} />
      )}
      {stored !== null && <SimilarClaimsPanel claimId={base.id} verdicts={verdicts} onOpen={props.onOpenSimilar} />}

      {props.review}

      {stored !== null && (
        <SourceList claimId={base.id} published={stored.status === 'published'} sources={sources} onSaved={onSourceSaved} onRemoved={onSourceRemoved} />
      )}

      {props.discussion}

      <div className="danger-zone">
        <button type="button" className="danger" onClick={onDelete} disabled={stored === null}>
          {t('claim.delete')}
        </button>
      </div>
    </section>
  );
}
