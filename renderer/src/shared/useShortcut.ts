// Window-wide keyboard shortcuts. useShortcut: Ctrl (Cmd on macOS) + key; plain Ctrl+letter on macOS
// is left alone: text fields use it (Ctrl+E moves to the end of the line there).
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
  useKeyShortcut((event) => isCtrlKey(event, key), action, enabled);
}

function isCtrlKey(event: KeyboardEvent, key: string): boolean {
  const modifier = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return modifier && !event.shiftKey && !event.altKey && event.key.toLowerCase() === key;
}

/**
 * A window-wide shortcut for any key combination `matches` recognises (e.g. Ctrl/Cmd+Shift+M).
 * The latest `matches` and `action` are used, so callers need not memoise them.
 */
export function useKeyShortcut(matches: (event: KeyboardEvent) => boolean, action: () => void, enabled = true): void {
  const handler = useRef({ matches, action });
  useEffect(() => {
    handler.current = { matches, action };
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!handler.current.matches(event)) return;
      event.preventDefault();
      handler.current.action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
