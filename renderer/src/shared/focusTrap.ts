// Tab and Shift+Tab wrap around inside a modal dialog. A modal <dialog> already makes the page
// behind it inert, but Tab past its last control leaves the document (to the browser's own UI,
// or to nothing in Electron); wrapping keeps the focus where the user is working.

const FOCUSABLE = 'a[href], button, input, select, textarea, iframe, summary, [tabindex]:not([tabindex="-1"])';

/** A radio group is one Tab stop: its checked button (the first one when none is checked). */
function isTabStop(el: HTMLElement, container: HTMLElement): boolean {
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || el.name === '' || el.checked) return true;
  const radios = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
    (r) => r.name === el.name && r.form === el.form && !r.disabled,
  );
  return !radios.some((r) => r.checked) && radios[0] === el;
}

function tabbable(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.matches(':disabled') && !el.closest('[inert], [hidden]') && el.tabIndex >= 0 && el.getClientRects().length > 0 && isTabStop(el, container),
  );
}

export function keepTabInside(container: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
  const all = tabbable(container);
  const first = all[0];
  const last = all[all.length - 1];
  if (first === undefined || last === undefined) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  const inside = active instanceof Node && container.contains(active);
  if (event.shiftKey && (active === first || !inside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !inside)) {
    event.preventDefault();
    first.focus();
  }
}

// A control that had the focus, and the key of what it is for. React may draw a control anew
// (a list or a pane re-mounted, a form re-keyed for an article's new revision after a colleague's
// edit) while a dialog it opened is open: the element that had the focus is then no longer on the
// page, and the one drawn in its place, with the same data-focus-key, is "the same control".

/** The attribute that names a control by what it is for ("claim-12", "export-report"), unique on the page. */
const FOCUS_KEY = 'data-focus-key';

export interface FocusSpot {
  element: HTMLElement;
  /** Its data-focus-key, or null: then only this element is this control. */
  key: string | null;
}

function spotOf(element: HTMLElement): FocusSpot {
  return { element, key: element.getAttribute(FOCUS_KEY) };
}

/** The element a spot is now: the same one while it is on the page, else the one drawn in its place. */
export function elementAt(spot: FocusSpot): HTMLElement | null {
  if (spot.element.isConnected) return spot.element;
  if (spot.key === null) return null;
  for (const element of document.querySelectorAll<HTMLElement>(`[${FOCUS_KEY}]`)) {
    if (element.getAttribute(FOCUS_KEY) === spot.key) return element;
  }
  return null;
}

// The control that last had the focus. A button disabled while its action runs (Save, while a
// conflict is found) drops the focus to <body> just before the dialog opens; the dialog then still
// knows where the user was.
let lastFocused: FocusSpot | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLElement && !event.target.closest('dialog')) lastFocused = spotOf(event.target);
  });
}

/** Where the focus is, or where it last was when it has fallen to <body> (that control, or the one drawn in its place). */
export function focusOrigin(): FocusSpot | null {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) return spotOf(active);
  return lastFocused !== null && elementAt(lastFocused) !== null ? lastFocused : null;
}
