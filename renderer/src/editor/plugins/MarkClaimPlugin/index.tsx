// The keyboard shortcut for "Mark claim": Ctrl+Shift+M (Cmd+Shift+M on a Mac), anywhere in the window.
import { useEffect, useRef } from 'react';

export const MARK_CLAIM_SHORTCUT = 'Control+Shift+M';

export function isMarkClaimShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'm';
}

export function MarkClaimPlugin({ onMarkClaim }: { onMarkClaim: () => void }) {
  const handler = useRef(onMarkClaim);
  useEffect(() => {
    handler.current = onMarkClaim;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isMarkClaimShortcut(event)) return;
      event.preventDefault();
      handler.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return null;
}
