// A modal dialog on the native <dialog>: the rest of the window is inert, Tab cycles inside it,
// Escape closes it, screen readers announce it by its title, and on close the focus goes back to
// the control that had it when the dialog opened (the browser's own restore does not happen when
// React removes an open dialog: the focus would fall to <body>).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { keepTabInside } from './focusTrap';

interface Props {
  title: string;
  children: ReactNode;
  onClose: () => void;
  className?: string;
}

export function Dialog({ title, children, onClose, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  // Read while rendering, before any autoFocus inside the dialog moves the focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    const onKeyDown = (event: KeyboardEvent) => keepTabInside(dialog, event);
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('keydown', onKeyDown);
      if (dialog.open) dialog.close();
      if (opener !== null && opener !== document.body && opener.isConnected && !dialog.contains(opener)) {
        opener.focus({ preventScroll: true });
      }
    };
  }, [opener]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} className={className}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

interface ConfirmProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: ConfirmProps) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
