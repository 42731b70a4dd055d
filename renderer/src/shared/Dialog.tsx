// A modal dialog on the native <dialog>: the rest of the window is inert, Tab cycles inside it,
// Escape closes it, screen readers announce it by its title, and on close the focus goes back to
// the control that had it when the dialog opened (the browser's own restore does not happen when
// React removes an open dialog: the focus would fall to <body>).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusOrigin, keepTabInside } from './focusTrap';

interface Props {
  title: string;
  children: ReactNode;
  onClose: () => void;
  className?: string;
}

/** How long a disabled opener (Save, while the dialog's choice is being saved) is waited for. */
const RETURN_FOCUS_TRIES = 40;
const RETURN_FOCUS_EVERY_MS = 50;

/**
 * Focuses the opener again; when it cannot take the focus yet (disabled while the dialog's action
 * runs), tries again for a moment, as long as the focus has not gone anywhere else meanwhile.
 */
function returnFocus(opener: HTMLElement, tries = RETURN_FOCUS_TRIES): void {
  if (!opener.isConnected) return;
  opener.focus({ preventScroll: true });
  const lost = document.activeElement === null || document.activeElement === document.body;
  if (lost && tries > 0) window.setTimeout(() => returnFocus(opener, tries - 1), RETURN_FOCUS_EVERY_MS);
}

export function Dialog({ title, children, onClose, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  // Read while rendering, before any autoFocus inside the dialog moves the focus.
  const [opener] = useState(focusOrigin);
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
      if (opener !== null && opener !== document.body && !dialog.contains(opener)) returnFocus(opener);
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
  const { t } = useTranslation('workbench');
  return (
    <Dialog title={title} onClose={onCancel}>
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
