// What the rest of the workbench may ask of the reader: the text range the user selected,
// and bringing a claim's highlight into view with focus.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { useEffect, type RefObject } from 'react';
import { $confirmPendingClaim, $dropPendingClaim, $selectionToPartRange, $wrapPendingClaim, type PartRange } from '../../anchoring';
import { CLAIM_IDS_ATTRIBUTE, pendingMarkId } from '../../nodes/ClaimMarkNode';

export interface ReaderHandle {
  /** The selected range of the headline's, teaser's or body's text, or null when none of them is selected. */
  selectedRange(): PartRange | null;
  /** Scrolls to the claim's first highlight and focuses it; false when it has none. */
  revealClaim(claimId: number): boolean;
  clearSelection(): void;
  /**
   * Highlights a claim that is being saved, before the core answers; returns a token for
   * confirmPendingClaim (saved) or dropPendingClaim (not saved). When the highlight is gone by
   * then (the document was rebuilt), confirming does nothing and the claims' sync wraps it.
   */
  showPendingClaim(range: PartRange): string;
  confirmPendingClaim(token: string, claimId: number): void;
  dropPendingClaim(token: string): void;
}

let pendingSerial = 0;

function $selectedRange(editor: LexicalEditor): PartRange | null {
  // Prefer what the user sees selected in the page: in a read-only editor the DOM selection is
  // the truth, and Lexical's own selection may lag behind after a click elsewhere.
  const root = editor.getRootElement();
  const dom = window.getSelection();
  let selection = $getSelection();
  if (root !== null && dom !== null && !dom.isCollapsed && dom.anchorNode !== null && root.contains(dom.anchorNode)) {
    selection = $createRangeSelectionFromDom(dom, editor) ?? selection;
  }
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  return $selectionToPartRange(selection);
}

export function ReaderHandlePlugin({ handleRef }: { handleRef: RefObject<ReaderHandle | null> }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    handleRef.current = {
      selectedRange: () => editor.read(() => $selectedRange(editor)),
      revealClaim: (claimId) => {
        const mark = editor.getRootElement()?.querySelector<HTMLElement>(`mark[${CLAIM_IDS_ATTRIBUTE}~="${claimId}"]`);
        if (!mark) return false;
        mark.scrollIntoView({ block: 'center' });
        mark.tabIndex = -1;
        mark.focus({ preventScroll: true });
        return true;
      },
      clearSelection: () => window.getSelection()?.removeAllRanges(),
      showPendingClaim: (range) => {
        const token = pendingMarkId(++pendingSerial);
        editor.update(() => void $wrapPendingClaim(token, range));
        return token;
      },
      confirmPendingClaim: (token, claimId) => editor.update(() => void $confirmPendingClaim(token, claimId)),
      dropPendingClaim: (token) => editor.update(() => $dropPendingClaim(token)),
    };
    return () => {
      handleRef.current = null;
    };
  }, [editor, handleRef]);
  return null;
}
