// The filters of an export: status, verdict, reviewer and a date range of the last review change.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { verdictColourStyle } from '../shared/verdictColour';
import type { ClaimStatus, Verdict } from '@common/domain/types';
import { CLAIM_STATUS_ORDER } from '../claims/claimFields';
import { statusName, verdictName } from '../shared/labels';
import type { ExportChoices } from './exportOptions';

interface Props {
  choices: ExportChoices;
  verdicts: readonly Verdict[];
  reviewers: readonly string[];
  onChange: (patch: Partial<ExportChoices>) => void;
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

export function ExportFilters({ choices, verdicts, reviewers, onChange }: Props) {
  const { t } = useTranslation('workbench');
  const id = useId();
  const active =
    choices.statuses.length + choices.verdicts.length + (choices.reviewer ? 1 : 0) + (choices.from ? 1 : 0) + (choices.to ? 1 : 0);
  return (
    <fieldset className="export-filters">
      <legend>
        {t('export.filters')} {active > 0 && <span className="count">{active}</span>}
      </legend>
      <fieldset className="check-group">
        <legend>{t('export.status')}</legend>
        {CLAIM_STATUS_ORDER.map((status: ClaimStatus) => (
          <label key={status} className="check">
            <input
              type="checkbox"
              checked={choices.statuses.includes(status)}
              onChange={(e) => onChange({ statuses: toggle(choices.statuses, status, e.target.checked) })}
            />
            {statusName(status)}
          </label>
        ))}
      </fieldset>
      <fieldset className="check-group">
        <legend>{t('export.verdict')}</legend>
        {[...verdicts]
          .sort((a, b) => a.sortOrder - b.sortOrder)
          .map((v) => (
            <label key={v.key} className="check">
              <input
                type="checkbox"
                checked={choices.verdicts.includes(v.key)}
                onChange={(e) => onChange({ verdicts: toggle(choices.verdicts, v.key, e.target.checked) })}
              />
              <span className="swatch" style={verdictColourStyle(v)} aria-hidden="true" />
              {verdictName(v)}
            </label>
          ))}
      </fieldset>
      <label htmlFor={`${id}-reviewer`}>{t('export.reviewer')}</label>
      <select id={`${id}-reviewer`} value={choices.reviewer} onChange={(e) => onChange({ reviewer: e.target.value })}>
        <option value="">{t('export.anyReviewer')}</option>
        {reviewers.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <p className="muted small">{t('export.reviewerHint')}</p>
      <div className="field-row">
        <div>
          <label htmlFor={`${id}-from`}>{t('export.from')}</label>
          <input id={`${id}-from`} type="date" value={choices.from} onChange={(e) => onChange({ from: e.target.value })} />
        </div>
        <div>
          <label htmlFor={`${id}-to`}>{t('export.to')}</label>
          <input id={`${id}-to`} type="date" value={choices.to} onChange={(e) => onChange({ to: e.target.value })} />
        </div>
      </div>
      {active > 0 && (
        <button type="button" className="link clear-filters" onClick={() => onChange({ statuses: [], verdicts: [], reviewer: '', from: '', to: '' })}>
          {t('export.clear')}
        </button>
      )}
    </fieldset>
  );
}
