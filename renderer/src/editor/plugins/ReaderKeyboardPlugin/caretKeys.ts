// Which caret movement a key asks for in the read-only reader. The text is not editable, so the
// browser moves no caret there; the reader moves the page's selection itself (Selection.modify,
// which works on any text) with the keys a text field uses.

export interface CaretMove {
  alter: 'move' | 'extend';
  direction: 'forward' | 'backward';
  granularity: 'character' | 'word' | 'line' | 'lineboundary' | 'documentboundary';
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

type Keys = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>;

/** The caret movement of a key press, or null when the key is not a caret key (Alt+Up/Down move between claims). */
export function caretMove(event: Keys): CaretMove | null {
  const alter = event.shiftKey ? 'extend' : 'move';
  // Word steps: Ctrl+Arrow (Option+Arrow on a Mac); line ends: Home/End (Cmd+Arrow on a Mac).
  const word = isMac ? event.altKey && !event.ctrlKey && !event.metaKey : event.ctrlKey && !event.altKey && !event.metaKey;
  const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
  const macLine = isMac && event.metaKey && !event.ctrlKey && !event.altKey;
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const direction = event.key === 'ArrowRight' ? 'forward' : 'backward';
      if (plain) return { alter, direction, granularity: 'character' };
      if (word) return { alter, direction, granularity: 'word' };
      if (macLine) return { alter, direction, granularity: 'lineboundary' };
      return null;
    }
    case 'ArrowUp':
    case 'ArrowDown': {
      const direction = event.key === 'ArrowDown' ? 'forward' : 'backward';
      if (plain) return { alter, direction, granularity: 'line' };
      if (macLine) return { alter, direction, granularity: 'documentboundary' };
      return null;
    }
    case 'Home':
    case 'End': {
      const direction = event.key === 'End' ? 'forward' : 'backward';
      if (plain) return { alter, direction, granularity: 'lineboundary' };
      if (event.ctrlKey && !event.altKey && !event.metaKey) return { alter, direction, granularity: 'documentboundary' };
      return null;
    }
    default:
      return null;
  }
}
