// A text box to write a comment or a reply; Ctrl/Cmd+Enter posts it.
import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { wordingOf } from '../claims/wording';
import { errorShown } from '../shared/failureMessage';

interface Props {
  label: string;
  submitLabel: string;
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

export function CommentComposer({ label, submitLabel, onSubmit, onCancel, autoFocus }: Props) {
  const { t } = wordingOf(useTranslation('panels'));
  const id = useId();
  const [body, setBody] = useState('');
  const [posting, setPosting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (body.trim() === '' || posting) return;
    setPosting(true);
    setError(null);
    try {
      await onSubmit(body);
      setBody('');
    } catch (e) {
      setError(errorShown(e));
    } finally {
      setPosting(false);
    }
  };

  return (
    <form className="comment-composer" onSubmit={(e) => void submit(e)} aria-label={label}>
      {/* Named by aria-label, not a visually hidden <label>: an absolutely positioned label inside
          the scrolling claim panel would stretch the whole page. */}
      <textarea
        id={`${id}-body`}
        aria-label={label}
        rows={2}
        value={body}
        placeholder={label}
        autoFocus={autoFocus}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
          if (e.key === 'Escape' && onCancel) {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      {error !== null && (
        <p className="field-error" role="alert">
          {t('comments.notPosted', { error })}
        </p>
      )}
      <div className="composer-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        )}
        <button type="submit" className="primary" disabled={posting || body.trim() === ''}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
