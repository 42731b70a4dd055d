// After a jump to a claim in another article (from "Checked before"): the way back to the claim the
// reviewer came from. It is the browser's Back, so the history and this button never disagree; the
// browsers' own Back keys (Alt+Left, ⌘[ on macOS) do it in the desktop app too, which has no
// browser around it. Handled here, they are not also taken by a browser (one step back, not two).
import { useTranslation } from 'react-i18next';
import { useKeyShortcut } from '../shared/useShortcut';
import type { Place } from './address';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function isBackKey(event: KeyboardEvent): boolean {
  // On macOS Alt+Left moves the caret by a word (also in the reader): there it is ⌘[.
  if (isMac) return event.metaKey && !event.ctrlKey && !event.altKey && !event.shiftKey && event.key === '[';
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.key === 'ArrowLeft';
}

export function BackToClaim({ from }: { from: Place }) {
  const { t } = useTranslation('workbench');
  const back = () => window.history.back();
  useKeyShortcut(isBackKey, back);
  return (
    <button
      type="button"
      className="back-to-claim"
      onClick={back}
      aria-keyshortcuts={isMac ? 'Meta+BracketLeft' : 'Alt+ArrowLeft'}
      title={t('back.keys', { mac: isMac ? 'yes' : 'no' })}
    >
      <span aria-hidden="true">← </span>
      {from.claimId === null ? t('back.article') : t('back.claim', { id: String(from.claimId) })}
    </button>
  );
}
