// Adding or editing one source of a claim. The URL is checked here (http/https only) before
// anything is sent; the core checks again.
import { useTranslation } from 'react-i18next';
import { useId, useState } from 'react';
import { SOURCE_STANCES, checkSourceUrl, stanceName, type SourceFormFields } from './sourceFields';
import { wordingOf } from '../claims/wording';

interface Props {
  initial: SourceFormFields;
  submitLabel: string;
  busy: boolean;
  onSubmit: (fields: SourceFormFields) => void;
  onCancel: () => void;
}

export function SourceForm({ initial, submitLabel, busy, onSubmit, onCancel }: Props) {
  const wording = wordingOf(useTranslation('panels'));
  const { t } = wording;
  const id = useId();
  const [fields, setFields] = useState(initial);
  const [urlError, setUrlError] = useState<string | null>(null);
  const set = <K extends keyof SourceFormFields>(name: K, value: SourceFormFields[K]) =>
    setFields((f) => ({ ...f, [name]: value }));
  const f = (name: string) => `${id}-${name}`;

  return (
    <form
      className="source-form"
      aria-label={submitLabel}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const problem = checkSourceUrl(wording, fields.url);
        setUrlError(problem);
        if (problem === null) onSubmit(fields);
        else document.getElementById(f('url'))?.focus();
      }}
    >
      <label htmlFor={f('url')}>{t('field.url')}</label>
      <input
        id={f('url')}
        type="url"
        inputMode="url"
        value={fields.url}
        placeholder={t('sources.urlPlaceholder')}
        aria-invalid={urlError !== null}
        aria-describedby={urlError !== null ? f('url-error') : undefined}
        onChange={(e) => set('url', e.target.value)}
        onBlur={() => fields.url !== '' && setUrlError(checkSourceUrl(wording, fields.url))}
        autoFocus
      />
      {urlError !== null && (
        <p id={f('url-error')} className="field-error" role="alert">
          {urlError}
        </p>
      )}
      <label htmlFor={f('title')}>{t('field.title')}</label>
      <input id={f('title')} value={fields.title} onChange={(e) => set('title', e.target.value)} />
      <div className="field-row">
        <div>
          <label htmlFor={f('publisher')}>{t('field.publisher')}</label>
          <input id={f('publisher')} value={fields.publisher} onChange={(e) => set('publisher', e.target.value)} />
        </div>
        <div>
          <label htmlFor={f('date')}>{t('field.date')}</label>
          <input id={f('date')} type="date" value={fields.date} onChange={(e) => set('date', e.target.value)} />
        </div>
      </div>
      <label htmlFor={f('stance')}>{t('field.stance')}</label>
      <select id={f('stance')} value={fields.stance} onChange={(e) => set('stance', e.target.value as SourceFormFields['stance'])}>
        {SOURCE_STANCES.map((s) => (
          <option key={s} value={s}>
            {stanceName(wording, s)}
          </option>
        ))}
      </select>
      <label htmlFor={f('excerpt')}>{t('field.excerpt')}</label>
      <textarea id={f('excerpt')} rows={3} value={fields.excerpt} onChange={(e) => set('excerpt', e.target.value)} />
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('sources.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
