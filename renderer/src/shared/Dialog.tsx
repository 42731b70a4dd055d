// A modal dialog on the native <dialog>: the rest of the window is inert, Tab cycles inside it,
// Escape closes it, screen readers announce it by its title, and on close the focus goes back to
// the control that had it when the dialog opened (the browser's own restore does not happen when
// React removes an open dialog: the focus would fall to <body>).
//
// That control may be drawn anew while the dialog is open (a colleague's edit re-keys the form it
// is in, a list or pane is re-mounted): the focus then goes to the control drawn in its place,
// found by its data-focus-key (see focusTrap). And should the dialog itself be mounted anew while
// open, the new instance keeps the opener of the first one rather than taking the control inside
// the old dialog, which had the focus at that moment, for its opener.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { elementAt, focusOrigin, keepTabInside, type FocusSpot } from './focusTrap';

interface Props {
  title: string;
  children: ReactNode;
  onClose: () => void;
  className?: string;
}

/**
 * How long the opener is waited for: disabled while the dialog's choice is being saved (Save), or
 * not drawn yet (a re-mounted list draws its rows a render later).
 */
const RETURN_FOCUS_TRIES = 40;
const RETURN_FOCUS_EVERY_MS = 50;

/** Each open dialog's opener and (current) title, by its element: what a new instance of the same dialog inherits. */
const openDialogs = new WeakMap<HTMLDialogElement, { title: { readonly current: string }; opener: FocusSpot | null }>();

/**
 * The control to give the focus back to: where the focus is (or last was), unless that is inside
 * an open instance of this same dialog (the dialog mounted anew while open), whose opener it keeps.
 */
function openerOf(title: string): FocusSpot | null {
  const origin = focusOrigin();
  const host = origin?.element.closest('dialog');
  const previous = host instanceof HTMLDialogElement && host.open ? openDialogs.get(host) : undefined;
  return previous !== undefined && previous.title.current === title ? previous.opener : origin;
}

/**
 * Focuses the opener again (or the control drawn in its place); when it cannot take the focus yet
 * (disabled while the dialog's action runs, or not drawn yet), tries again for a moment, as long as
 * the focus has not been moved anywhere else meanwhile.
 */
function returnFocus(opener: FocusSpot, tries = RETURN_FOCUS_TRIES): void {
  const target = elementAt(opener);
  target?.focus({ preventScroll: true });
  const settled = document.activeElement;
  if ((target !== null && settled === target) || tries <= 0) return;
  // Without a key, an element gone from the page never comes back.
  if (target === null && opener.key === null) return;
  window.setTimeout(() => {
    if (document.activeElement === settled) returnFocus(opener, tries - 1);
  }, RETURN_FOCUS_EVERY_MS);
}

export function Dialog({ title, children, onClose, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  const titleRef = useRef(title);
  // Read while rendering, before any autoFocus inside the dialog moves the focus.
  const [opener] = useState(() => openerOf(title));
  useEffect(() => {
    closeRef.current = onClose;
    titleRef.current = title;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    openDialogs.set(dialog, { title: titleRef, opener });
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
      openDialogs.delete(dialog);
      if (dialog.open) dialog.close();
      if (opener !== null && !dialog.contains(opener.element)) returnFocus(opener);
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
