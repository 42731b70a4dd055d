// A Ctrl (Cmd on macOS) + key shortcut for the whole window. Plain Ctrl+letter on macOS is left
// alone: text fields use it (Ctrl+E moves to the end of the line there).
import { useEffect, useRef } from 'react';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key.toUpperCase()}` : `Ctrl+${key.toUpperCase()}`;
}

/** The aria-keyshortcuts value. */
export function ariaShortcut(key: string): string {
  return isMac ? `Meta+${key.toUpperCase()}` : `Control+${key.toUpperCase()}`;
}

export function useShortcut(key: string, action: () => void, enabled = true): void {
  const handler = useRef(action);
  useEffect(() => {
    handler.current = action;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
      if (!modifier || event.shiftKey || event.altKey || event.key.toLowerCase() !== key) return;
      event.preventDefault();
      handler.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key, enabled]);
}
