// A published fact-check is corrected openly (IFCN): an edit of what it says is saved only with a
// note readers see beside it, dated, in the reports. Cancel drops the edit.
import { useTranslation } from 'react-i18next';
import { useId, useState } from 'react';
import { Dialog } from '../shared/Dialog';
import { wordingOf } from './wording';

interface Props {
  onCorrect: (note: string) => void;
  onCancel: () => void;
}

export function CorrectionDialog({ onCorrect, onCancel }: Props) {
  const { t } = wordingOf(useTranslation('panels'));
  const id = useId();
  const [note, setNote] = useState('');
  return (
    <Dialog title={t('correction.title')} onClose={onCancel}>
      <p>{t('correction.text')}</p>
      <label htmlFor={`${id}-note`}>{t('correction.note')}</label>
      <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={3} autoFocus />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('correction.cancel')}
        </button>
        <button type="button" className="primary" disabled={note.trim() === ''} onClick={() => onCorrect(note.trim())}>
          {t('correction.save')}
        </button>
      </div>
    </Dialog>
  );
}
