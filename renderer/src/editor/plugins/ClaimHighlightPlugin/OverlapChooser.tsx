// The small menu shown under overlapping highlights: one button per claim on those words (verdict,
// status and quote), Escape or a click elsewhere closes it. While it is open, Tab and the arrow
// keys stay among its buttons (a menu the keyboard could leave would stay open behind the user),
// and Escape or a choice gives the focus back to where it was (the article text), not to <body>.
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { elementAt, focusOrigin, keepTabInside, type FocusSpot } from '../../../shared/focusTrap';

export interface Choice {
  x: number;
  y: number;
  claims: { id: number; label: string }[];
}

/** Moves the focus to the next (or previous) button of the menu, wrapping at its ends. */
function moveFocus(menu: HTMLElement, step: 1 | -1): void {
  const items = [...menu.querySelectorAll<HTMLButtonElement>('button')];
  const at = items.findIndex((b) => b === document.activeElement);
  items[(at + step + items.length) % items.length]?.focus();
}

function giveFocusBack(opener: FocusSpot | null): void {
  if (opener !== null) elementAt(opener)?.focus({ preventScroll: true });
}

export function OverlapChooser({ choice, onPick, onClose }: { choice: Choice; onPick: (id: number) => void; onClose: () => void }) {
  const { t } = useTranslation('workbench');
  const ref = useRef<HTMLDivElement>(null);
  // Read while rendering, before the first button takes the focus.
  const [opener] = useState(focusOrigin);
  // Once, when it opens: the plugin passes a new onClose on each render (a live update), which
  // must not pull the focus back to the first claim.
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      onClose();
      giveFocusBack(opener);
    };
    const onDown = (e: MouseEvent) => {
      if (!(e.target instanceof Node) || !ref.current?.contains(e.target)) onClose();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onDown);
    };
  }, [onClose, opener]);
  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const menu = ref.current;
    if (menu === null) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveFocus(menu, e.key === 'ArrowDown' ? 1 : -1);
    } else keepTabInside(menu, e.nativeEvent);
  };
  return (
    <div ref={ref} className="overlap-chooser" role="menu" aria-label={t('highlight.chooser')} style={{ left: choice.x, top: choice.y }} onKeyDown={onKeyDown}>
      {choice.claims.map((c) => (
        <button
          key={c.id}
          type="button"
          role="menuitem"
          onClick={() => {
            onPick(c.id);
            giveFocusBack(opener);
          }}
        >
          {t('highlight.choice', { id: String(c.id), label: c.label })}
        </button>
      ))}
    </div>
  );
}
