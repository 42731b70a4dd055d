// The side panel for one claim: the review fields (labelled exactly as fact-checkers know them),
// save state, undo, delete, and the claim's sources.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { SimilarClaim } from '@common/domain/assist';
import type { Claim, Source, Verdict } from '@common/domain/types';
import type { ClaimDraft } from './useClaimDraft';
import { CLAIM_FIELD_LABELS as L, CLAIM_STATUS_ORDER, STATUS_LABELS } from './claimFields';
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

const STATUS_TEXT = {
  saved: 'All changes saved',
  dirty: 'Unsaved changes',
  saving: 'Saving…',
  conflict: 'Not saved: conflict',
  correction: 'Not saved: needs a correction note',
  error: 'Not saved',
} as const;

export function ClaimPanel(props: Props) {
  const { draft, stored, verdicts, sources, undoLabel, onUndo, onDelete, onClose, onSourceSaved, onSourceRemoved } = props;
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
        <h2 id={field('heading')}>Claim #{base.id}</h2>
        <button type="button" className="icon" onClick={onClose} aria-label="Close claim">
          ×
        </button>
      </header>
      <blockquote className="claim-quote">
        “{truncate(base.quote.exact, 400)}”
      </blockquote>
      {stored === null && (
        <p className="notice warning" role="alert">
          This claim was deleted in the database. Your unsaved text is still shown; copy what you need.
        </p>
      )}
      {draft.remoteChanged && stored !== null && (
        <p className="notice" role="status">
          Someone else saved a newer version. Saving will show both versions so you can choose.
        </p>
      )}
      <form
        className="claim-form"
        onSubmit={(e) => {
          e.preventDefault();
          void draft.flush();
        }}
      >
        <label htmlFor={field('claim')}>{L.claimReviewed}</label>
        <textarea ref={claimField} id={field('claim')} rows={3} value={fields.claimReviewed} onChange={(e) => setField('claimReviewed', e.target.value)} />

        <div className="field-row">
          <div>
            <label htmlFor={field('claimant')}>{L.claimant}</label>
            <input id={field('claimant')} value={fields.claimant} onChange={(e) => setField('claimant', e.target.value)} />
          </div>
          <div>
            <ClaimDateField id={field('date')} label={L.claimDate} value={fields.claimDate} onChange={(v) => setField('claimDate', v)} />
          </div>
        </div>

        <div className="field-row">
          <div>
            <label htmlFor={field('verdict')}>{L.verdict}</label>
            <select id={field('verdict')} value={fields.verdict} onChange={(e) => setField('verdict', e.target.value)}>
              <option value="">No verdict yet</option>
              {[...verdicts]
                .sort((a, b) => a.sortOrder - b.sortOrder)
                .map((v) => (
                  <option key={v.key} value={v.key}>
                    {v.label}
                  </option>
                ))}
              {fields.verdict !== '' && !verdicts.some((v) => v.key === fields.verdict) && (
                <option value={fields.verdict}>{fields.verdict} (not on the scale)</option>
              )}
            </select>
          </div>
          <div>
            <label htmlFor={field('status')}>{L.status}</label>
            <select id={field('status')} value={fields.status} onChange={(e) => setField('status', e.target.value as typeof fields.status)}>
              {CLAIM_STATUS_ORDER.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
        </div>

        <label htmlFor={field('rationale')}>{L.rationale}</label>
        <textarea id={field('rationale')} rows={5} value={fields.rationale} onChange={(e) => setField('rationale', e.target.value)} />

        {draft.refusal !== null && (
          <div className="notice warning refusal" role="alert">
            <span>{draft.refusal}</span>
            <button type="button" onClick={draft.dismissRefusal}>
              Dismiss
            </button>
          </div>
        )}
        {status === 'error' && (
          <div className="notice error" role="alert">
            <span>Not saved: {draft.errorMessage ?? 'the change could not be stored.'}</span>
            <button type="button" onClick={() => void draft.flush()}>
              Try again
            </button>
            <button type="button" onClick={draft.discard}>
              Discard unsaved changes
            </button>
          </div>
        )}
        <div className="form-actions">
          <span className={`save-state ${status}`} role="status">
            {STATUS_TEXT[status]}
          </span>
          <button type="button" onClick={onUndo} disabled={undoLabel === null} title={undoLabel ? `Undo: ${undoLabel}` : 'Nothing to undo'}>
            Undo
          </button>
          <button type="submit" className="primary" disabled={status === 'saving' || stored === null}>
            Save
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
          Delete claim
        </button>
      </div>
    </section>
  );
}
