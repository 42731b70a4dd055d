// A published fact-check is corrected openly (IFCN): an edit of what it says is saved only with a
// note readers see beside it, dated, in the reports. Cancel drops the edit.
import { useId, useState } from 'react';
import { Dialog } from '../shared/Dialog';

interface Props {
  onCorrect: (note: string) => void;
  onCancel: () => void;
}

export function CorrectionDialog({ onCorrect, onCancel }: Props) {
  const id = useId();
  const [note, setNote] = useState('');
  return (
    <Dialog title="Correct the published fact-check" onClose={onCancel}>
      <p>This claim is published. Say what was corrected: readers see this note, with today’s date, beside the fact-check.</p>
      <label htmlFor={`${id}-note`}>Correction note</label>
      <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={3} autoFocus />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel the edit
        </button>
        <button type="button" className="primary" disabled={note.trim() === ''} onClick={() => onCorrect(note.trim())}>
          Save correction
        </button>
      </div>
    </Dialog>
  );
}
