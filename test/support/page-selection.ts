// Selecting article text in the reader as a mouse drag does, shared by the browser tests
// (test/e2e/harness.ts) and the benchmark (bench/): one copy of "where is offset N in the DOM".
// It is JavaScript source, run with page.evaluate, because the bench is type-checked as Node code
// without the DOM library.

/** What to select: a quote (its n-th occurrence) or a [start, end) range of the visible text. */
export type SelectionTarget = ({ quote: string; occurrence?: number } | { start: number; end: number }) & {
  /** Focus the text first, as a drag does (after marking, the focus sits in the Claim field). */
  focus?: boolean;
};

/**
 * The visible text is the paragraphs joined by "\n\n" (a <br> counts as "\n"), as the reader's
 * offsets are. Returns 'ok', or a sentence saying why nothing was selected. The text is found by
 * role and class, not by its accessible name, which is in the interface language.
 */
export const SELECT_TEXT = `function (target) {
  const root = document.querySelector('[role="article"].article-body');
  if (root === null) return 'no article text';
  const pieces = [];
  let text = '';
  root.querySelectorAll('p.article-paragraph').forEach((block, index) => {
    if (index > 0) text += '\\n\\n';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      if (n instanceof Text) { pieces.push({ node: n, start: text.length }); text += n.data; }
      else if (n instanceof HTMLBRElement) text += '\\n';
    }
  });
  let start = target.start;
  let end = target.end;
  if (typeof target.quote === 'string') {
    let at = -1;
    for (let i = 0; i < (target.occurrence || 1); i++) at = text.indexOf(target.quote, at + 1);
    if (at < 0) return 'quote not found: ' + target.quote;
    start = at;
    end = at + target.quote.length;
  }
  const locate = (offset, isEnd) => {
    for (const p of pieces) {
      const last = p.start + p.node.data.length;
      if (isEnd ? offset > p.start && offset <= last : offset >= p.start && offset < last) return { node: p.node, offset: offset - p.start };
    }
    return null;
  };
  const s = locate(start, false);
  const e = locate(end, true);
  if (s === null || e === null) return 'range not locatable';
  const range = document.createRange();
  range.setStart(s.node, s.offset);
  range.setEnd(e.node, e.offset);
  if (target.focus) root.focus({ preventScroll: true });
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return 'ok';
}`;
