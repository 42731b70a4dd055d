// Tab and Shift+Tab wrap around inside a modal dialog. A modal <dialog> already makes the page
// behind it inert, but Tab past its last control leaves the document (to the browser's own UI,
// or to nothing in Electron); wrapping keeps the focus where the user is working.

const FOCUSABLE = 'a[href], button, input, select, textarea, iframe, summary, [tabindex]:not([tabindex="-1"])';

/** A radio group is one Tab stop: its checked button (the first one when none is checked). */
function isTabStop(el: HTMLElement): boolean {
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || el.name === '' || el.checked) return true;
  const group = el.form?.elements.namedItem(el.name) ?? null;
  if (!(group instanceof RadioNodeList)) return true;
  const radios = [...group].filter((r): r is HTMLInputElement => r instanceof HTMLInputElement && !r.disabled);
  return !radios.some((r) => r.checked) && radios[0] === el;
}

function tabbable(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.matches(':disabled') && !el.closest('[inert], [hidden]') && el.tabIndex >= 0 && el.getClientRects().length > 0 && isTabStop(el),
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
