// The keyboard shortcut for "Mark claim": Ctrl+Shift+M (Cmd+Shift+M on a Mac), anywhere in the window.
// Unlike useShortcut's platform modifier, Ctrl and Cmd both work on every platform (as they always
// have here), so the combination is matched by isMarkClaimShortcut through useKeyShortcut.
import { useKeyShortcut } from '../../../shared/useShortcut';

export const MARK_CLAIM_SHORTCUT = 'Control+Shift+M';

export function isMarkClaimShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'm';
}

export function MarkClaimPlugin({ onMarkClaim }: { onMarkClaim: () => void }) {
  useKeyShortcut(isMarkClaimShortcut, onMarkClaim);
  return null;
}
