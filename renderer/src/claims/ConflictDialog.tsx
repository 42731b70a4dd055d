// Someone else saved this claim while it was being edited: show both versions field by field
// and let the user choose; the choice is then saved against the version that is now current.
import { useState } from 'react';
import type { Verdict } from '@common/domain/types';
import type { ClaimConflict } from './useClaimDraft';
import { formatMoment } from '../shared/dates';
import {
  CLAIM_FIELD_LABELS,
  CLAIM_FIELD_NAMES,
  STATUS_LABELS,
  fieldsOf,
  type ClaimFieldName,
  type ClaimFields,
} from './claimFields';
import { Dialog } from '../shared/Dialog';

interface Props {
  conflict: ClaimConflict;
  verdicts: readonly Verdict[];
  onResolve: (choice: Record<ClaimFieldName, 'mine' | 'theirs'>) => void;
  onDiscard: () => void;
}

function shown(name: ClaimFieldName, fields: ClaimFields, verdicts: readonly Verdict[]): string {
  const value = fields[name];
  if (name === 'verdict') return verdicts.find((v) => v.key === value)?.label ?? (value || 'No verdict');
  if (name === 'status') return STATUS_LABELS[fields.status];
  return value === '' ? '(empty)' : value;
}

export function ConflictDialog({ conflict, verdicts, onResolve, onDiscard }: Props) {
  const theirs = conflict.theirs === null ? null : fieldsOf(conflict.theirs);
  const differing = theirs === null ? [] : CLAIM_FIELD_NAMES.filter((n) => conflict.mine[n] !== theirs[n]);
  const [choice, setChoice] = useState<Record<ClaimFieldName, 'mine' | 'theirs'>>(() => {
    const initial = {} as Record<ClaimFieldName, 'mine' | 'theirs'>;
    for (const name of CLAIM_FIELD_NAMES) initial[name] = conflict.edited.includes(name) ? 'mine' : 'theirs';
    return initial;
  });

  if (theirs === null) {
    return (
      <Dialog title="This claim was deleted" onClose={onDiscard} className="conflict-dialog">
        <p role="alert">Someone else deleted this claim while you were editing it. Your unsaved version is below; copy what you need.</p>
        <dl className="conflict-mine">
          {CLAIM_FIELD_NAMES.map((name) => (
            <div key={name}>
              <dt>{CLAIM_FIELD_LABELS[name]}</dt>
              <dd>{shown(name, conflict.mine, verdicts)}</dd>
            </div>
          ))}
        </dl>
        <div className="dialog-actions">
          <button type="button" onClick={onDiscard}>
            Close
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Someone else changed this claim" onClose={() => undefined} className="conflict-dialog">
      <p role="alert">
        Your changes were not saved: the claim was changed in the database while you edited it
        {conflict.theirs?.updatedAt ? ` (at ${formatMoment(conflict.theirs.updatedAt)})` : ''}. Choose
        which version to keep for each field{conflict.base !== undefined ? '; “Started from” is the value you began editing' : ''}.
      </p>
      <table className="conflict-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            {conflict.base !== undefined && <th scope="col">Started from</th>}
            <th scope="col">Mine</th>
            <th scope="col">Theirs</th>
          </tr>
        </thead>
        <tbody>
          {differing.map((name) => (
            <tr key={name}>
              <th scope="row">{CLAIM_FIELD_LABELS[name]}</th>
              {conflict.base !== undefined && <td className="conflict-base">{shown(name, conflict.base, verdicts)}</td>}
              {(['mine', 'theirs'] as const).map((side) => (
                <td key={side}>
                  <label className="choice">
                    <input
                      type="radio"
                      name={`conflict-${name}`}
                      checked={choice[name] === side}
                      onChange={() => setChoice((c) => ({ ...c, [name]: side }))}
                      aria-label={`Keep ${side} ${CLAIM_FIELD_LABELS[name]}`}
                    />
                    <span>{shown(name, side === 'mine' ? conflict.mine : theirs, verdicts)}</span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={() => onResolve(Object.fromEntries(CLAIM_FIELD_NAMES.map((n) => [n, 'theirs'])) as Record<ClaimFieldName, 'theirs'>)}>
          Keep theirs
        </button>
        <button type="button" className="primary" onClick={() => onResolve(choice)}>
          Save my choice
        </button>
      </div>
    </Dialog>
  );
}
