// The claim date at its precision: a day, a month or a year (a claim said "last month" is dated by
// the month, not by an invented day). The input follows the precision; the value is what is stored.
import { useTranslation } from 'react-i18next';
import { claimDatePrecision, type ClaimDatePrecision } from '@common/domain/dates';
import { formatClaimDate } from '../shared/dates';
import { wordingOf } from './wording';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}

const PRECISIONS: readonly ClaimDatePrecision[] = ['day', 'month', 'year'];

/** The value at another precision: cut to the month or year, or widened to its first month/day. */
function atPrecision(value: string, precision: ClaimDatePrecision): string {
  if (value === '') return '';
  const [year, month = '01', day = '01'] = value.slice(0, 10).split('-');
  return precision === 'year' ? `${year}` : precision === 'month' ? `${year}-${month}` : `${year}-${month}-${day}`;
}

export function ClaimDateField({ id, label, value, onChange }: Props) {
  const { t } = wordingOf(useTranslation('panels'));
  const precision = value === '' ? null : claimDatePrecision(value);
  const shown = precision ?? 'day';
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div className="claim-date-field">
        {shown === 'year' ? (
          <input id={id} type="number" min={1000} max={9999} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input id={id} type={shown === 'month' ? 'month' : 'date'} value={value} onChange={(e) => onChange(e.target.value)} />
        )}
        <select
          aria-label={t('claim.precision.label', { field: label })}
          value={shown}
          disabled={value === ''}
          onChange={(e) => onChange(atPrecision(value, e.target.value as ClaimDatePrecision))}
        >
          {PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {t(`claim.precision.${p}`)}
            </option>
          ))}
        </select>
      </div>
      {/* The date input follows the browser's own locale; this says the date in the workbench's. */}
      {value !== '' && <span className="date-shown muted small">{formatClaimDate(value)}</span>}
    </>
  );
}
