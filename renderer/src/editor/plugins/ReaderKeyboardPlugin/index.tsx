// A caret for keyboard users in the read-only reader: arrow keys move it, Shift+Arrow and
// Shift+Ctrl+Arrow select, so a claim can be marked without a mouse. The text stays read-only
// (contenteditable is off, as Lexical sets it for a read-only editor): typing does nothing, and
// paste, cut, drop and every beforeinput are refused here, so nothing can reach the document.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import { caretMove } from './caretKeys';

function firstTextNode(root: HTMLElement): Text | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** Where to draw the caret (the browser draws none in text that is not editable). */
function caretBox(root: HTMLElement): DOMRect | null {
  const selection = window.getSelection();
  if (selection === null || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  if (selection.focusNode === null || !root.contains(selection.focusNode) || !root.contains(document.activeElement)) return null;
  const range = selection.getRangeAt(0);
  const box = range.getClientRects()[0] ?? (range.startContainer instanceof Element ? range.startContainer.getBoundingClientRect() : null);
  return box ?? null;
}

/**
 * How long the caret blinks after it last moved. Then it stays lit, as desktop systems' carets do
 * (GTK stops after 10 s): a caret blinking for ever repaints twice a second and kept Chromium's
 * renderer at about 3 % of a core while someone only read (issue 16).
 */
export const CARET_BLINK_MS = 10_000;

function refuse(event: Event): void {
  event.preventDefault();
}

const REFUSED = ['beforeinput', 'paste', 'cut', 'drop'] as const;

export function ReaderKeyboardPlugin() {
  const [editor] = useLexicalComposerContext();
  const [caret, setCaret] = useState<{ left: number; top: number; height: number } | null>(null);
  const shown = useRef(false);
  const [blinking, setBlinking] = useState(true);

  // Each move draws a new caret box (update, below, blinks again); this one stops the blinking.
  useEffect(() => {
    if (caret === null) return;
    const timer = window.setTimeout(() => setBlinking(false), CARET_BLINK_MS);
    return () => window.clearTimeout(timer);
  }, [caret]);

  useEffect(() => {
    const update = () => {
      const root = editor.getRootElement();
      const box = root === null ? null : caretBox(root);
      if (box === null) {
        if (shown.current) setCaret(null);
        shown.current = false;
        return;
      }
      shown.current = true;
      setCaret({ left: box.left, top: box.top, height: box.height });
      setBlinking(true);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const root = editor.getRootElement();
      const move = caretMove(event);
      const selection = window.getSelection();
      if (root === null || move === null || selection === null) return;
      event.preventDefault();
      // From a claim's highlight reached with Alt+Down, the caret starts at that highlight.
      const from = event.target instanceof HTMLElement && event.target !== root && root.contains(event.target) ? event.target : root;
      if (selection.focusNode === null || !from.contains(selection.focusNode)) {
        const start = firstTextNode(from);
        if (start === null) return;
        selection.collapse(start, 0);
      }
      selection.modify(move.alter, move.direction, move.granularity);
      const node = selection.focusNode;
      const element = node instanceof Element ? node : node?.parentElement;
      element?.scrollIntoView({ block: 'nearest' });
    };
    // Taking the focus with Tab puts the caret at the start of the text, unless it already is in it.
    const onFocus = (event: FocusEvent) => {
      const root = editor.getRootElement();
      const selection = window.getSelection();
      if (root === null || selection === null || event.target !== root) return;
      if (selection.focusNode !== null && root.contains(selection.focusNode)) return;
      const start = firstTextNode(root);
      if (start !== null) selection.collapse(start, 0);
    };
    let current: HTMLElement | null = null;
    const detach = (root: HTMLElement) => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('focus', onFocus);
      for (const type of REFUSED) root.removeEventListener(type, refuse);
    };
    const unregister = editor.registerRootListener((root, previous) => {
      if (previous !== null) detach(previous);
      if (root !== null) {
        // Lexical marks a read-only editor with aria-readonly and aria-autocomplete, which the
        // reader's role (article) does not allow (axe: aria-allowed-attr); the description says
        // the text is read-only instead.
        root.removeAttribute('aria-readonly');
        root.removeAttribute('aria-autocomplete');
        root.addEventListener('keydown', onKeyDown);
        root.addEventListener('focus', onFocus);
        for (const type of REFUSED) root.addEventListener(type, refuse);
      }
      current = root;
    });
    document.addEventListener('selectionchange', update);
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    window.addEventListener('scroll', update, true);
    return () => {
      unregister();
      if (current !== null) detach(current);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [editor]);

  return caret === null ? null : (
    <span
      className={blinking ? 'reader-caret' : 'reader-caret reader-caret-steady'}
      aria-hidden="true"
      style={{ left: caret.left, top: caret.top, height: caret.height }}
    />
  );
}
