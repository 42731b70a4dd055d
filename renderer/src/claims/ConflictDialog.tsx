// Someone else saved this claim while it was being edited: show both versions field by field
// and let the user choose; the choice is then saved against the version that is now current.
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Verdict } from '@common/domain/types';
import type { ClaimConflict } from './useClaimDraft';
import { formatMoment } from '../shared/dates';
import { CLAIM_FIELD_NAMES, claimFieldLabel, fieldsOf, type ClaimFieldName, type ClaimFields } from './claimFields';
import { statusName, wordingOf, verdictName, type Wording } from './wording';
import { Dialog } from '../shared/Dialog';

interface Props {
  conflict: ClaimConflict;
  verdicts: readonly Verdict[];
  onResolve: (choice: Record<ClaimFieldName, 'mine' | 'theirs'>) => void;
  onDiscard: () => void;
}

const SIDES = ['mine', 'theirs'] as const;

function shown(wording: Wording, name: ClaimFieldName, fields: ClaimFields, verdicts: readonly Verdict[]): string {
  const value = fields[name];
  if (name === 'verdict') {
    const verdict = verdicts.find((v) => v.key === value);
    return verdict !== undefined ? verdictName(wording, verdict) : value || wording.t('conflict.noVerdict');
  }
  if (name === 'status') return statusName(wording, fields.status);
  return value === '' ? wording.t('conflict.empty') : value;
}

export function ConflictDialog({ conflict, verdicts, onResolve, onDiscard }: Props) {
  const wording = wordingOf(useTranslation('panels'));
  const { t } = wording;
  const label = (name: ClaimFieldName) => claimFieldLabel(wording, name);
  const theirs = conflict.theirs === null ? null : fieldsOf(conflict.theirs);
  const differing = theirs === null ? [] : CLAIM_FIELD_NAMES.filter((n) => conflict.mine[n] !== theirs[n]);
  const [choice, setChoice] = useState<Record<ClaimFieldName, 'mine' | 'theirs'>>(() => {
    const initial = {} as Record<ClaimFieldName, 'mine' | 'theirs'>;
    for (const name of CLAIM_FIELD_NAMES) initial[name] = conflict.edited.includes(name) ? 'mine' : 'theirs';
    return initial;
  });

  if (theirs === null) {
    return (
      <Dialog title={t('conflict.deletedTitle')} onClose={onDiscard} className="conflict-dialog">
        <p role="alert">{t('conflict.deletedText')}</p>
        <dl className="conflict-mine">
          {CLAIM_FIELD_NAMES.map((name) => (
            <div key={name}>
              <dt>{label(name)}</dt>
              <dd>{shown(wording, name, conflict.mine, verdicts)}</dd>
            </div>
          ))}
        </dl>
        <div className="dialog-actions">
          <button type="button" onClick={onDiscard}>
            {t('conflict.close')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('conflict.title')} onClose={() => undefined} className="conflict-dialog">
      <p role="alert">
        {t('conflict.text', {
          hasTime: conflict.theirs?.updatedAt ? 'yes' : 'no',
          time: conflict.theirs?.updatedAt ? formatMoment(conflict.theirs.updatedAt) : '',
          hasBase: conflict.base !== undefined ? 'yes' : 'no',
        })}
      </p>
      <table className="conflict-table">
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            {conflict.base !== undefined && <th scope="col">{t('conflict.startedFrom')}</th>}
            <th scope="col">{t('conflict.mine')}</th>
            <th scope="col">{t('conflict.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {differing.map((name) => (
            <tr key={name}>
              <th scope="row">{label(name)}</th>
              {conflict.base !== undefined && <td className="conflict-base">{shown(wording, name, conflict.base, verdicts)}</td>}
              {SIDES.map((side) => (
                <td key={side}>
                  <label className="choice">
                    <input
                      type="radio"
                      name={`conflict-${name}`}
                      checked={choice[name] === side}
                      onChange={() => setChoice((c) => ({ ...c, [name]: side }))}
                      aria-label={t('conflict.keep', { side, field: label(name) })}
                    />
                    <span>{shown(wording, name, side === 'mine' ? conflict.mine : theirs, verdicts)}</span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={() => onResolve(Object.fromEntries(CLAIM_FIELD_NAMES.map((n) => [n, 'theirs'])) as Record<ClaimFieldName, 'theirs'>)}>
          {t('conflict.keepTheirs')}
        </button>
        <button type="button" className="primary" onClick={() => onResolve(choice)}>
          {t('conflict.saveChoice')}
        </button>
      </div>
    </Dialog>
  );
}
