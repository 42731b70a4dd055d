// Asks who is reviewing: on a first start (required) or to change the name (from the header).
import { useId, useState, type FormEvent } from 'react';
import { toFailure } from '../shared/api';
import { Dialog } from '../shared/Dialog';

interface Props {
  current: string | null;
  required: boolean;
  onSave: (name: string) => Promise<void>;
  onCancel: () => void;
}

export function NamePrompt({ current, required, onSave, onCancel }: Props) {
  const id = useId();
  const [value, setValue] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === '') {
      setError('Please enter your name.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSave(value);
    } catch (e) {
      setError(toFailure(e).message);
      setSaving(false);
    }
  };

  return (
    <Dialog
      title={required ? 'Welcome to Factdesk' : 'Change your reviewer name'}
      onClose={required ? () => undefined : onCancel}
      className="name-prompt"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">
          Your name is recorded with every change you make, so colleagues working on the same file can see who did what.
          It is kept on this computer, not in the shared file.
        </p>
        <label htmlFor={`${id}-name`}>Your name</label>
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
              Cancel
            </button>
          )}
          <button type="submit" className="primary" disabled={saving}>
            {required ? 'Start reviewing' : 'Save name'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
