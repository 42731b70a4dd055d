// Asks who is reviewing: on a first start (required) or to change the name (from the header).
import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../shared/Dialog';
import { wordingOf } from '../claims/wording';
import { errorShown } from '../shared/failureMessage';

interface Props {
  current: string | null;
  required: boolean;
  onSave: (name: string) => Promise<void>;
  onCancel: () => void;
}

export function NamePrompt({ current, required, onSave, onCancel }: Props) {
  const { t } = wordingOf(useTranslation('panels'));
  const id = useId();
  const [value, setValue] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === '') {
      setError(t('name.empty'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSave(value);
    } catch (e) {
      setError(errorShown(e));
      setSaving(false);
    }
  };

  return (
    <Dialog
      title={required ? t('name.welcome') : t('name.change')}
      onClose={required ? () => undefined : onCancel}
      className="name-prompt"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">{t('name.why')}</p>
        <label htmlFor={`${id}-name`}>{t('name.label')}</label>
        <input
          id={`${id}-name`}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          maxLength={200}
          autoComplete="name"
          autoFocus
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${id}-error` : undefined}
        />
        {error !== null && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {!required && (
            <button type="button" onClick={onCancel}>
              {t('name.cancel')}
            </button>
          )}
          <button type="submit" className="primary" disabled={saving}>
            {required ? t('name.start') : t('name.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
