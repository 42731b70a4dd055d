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

// The element that last had the focus. A button disabled while its action runs (Save, while a
// conflict is found) drops the focus to <body> just before the dialog opens; the dialog then still
// knows where the user was.
let lastFocused: HTMLElement | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLElement && !event.target.closest('dialog')) lastFocused = event.target;
  });
}

/** Where the focus is, or where it last was when it has fallen to <body>. */
export function focusOrigin(): HTMLElement | null {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) return active;
  return lastFocused?.isConnected === true ? lastFocused : null;
}
