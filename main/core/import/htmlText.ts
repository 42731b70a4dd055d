// Paragraphs from Readability's extracted article DOM. Every block element (p, h2-h6, li,
// blockquote, figcaption, table cell, div…) starts a new paragraph; inline text flows into the
// current one; script-like elements contribute nothing. The result contains exactly the article's
// visible text, split where a reader sees paragraph breaks.
import { normaliseInline } from './whitespace.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Never text for a reader (and never allowed into stored text, whatever Readability keeps). */
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SELECT', 'TEXTAREA', 'BUTTON']);

/** The subset of the DOM this module needs; keeps it independent of jsdom's types. */
export interface TextTreeNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<TextTreeNode>;
}

export function articleParagraphs(root: TextTreeNode): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const paragraph = normaliseInline(buffer);
    if (paragraph.length > 0) paragraphs.push(paragraph);
    buffer = '';
  };
  const visit = (node: TextTreeNode): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return; // comments, processing instructions
    const name = node.nodeName.toUpperCase();
    if (SKIPPED_ELEMENTS.has(name)) return;
    if (name === 'PRE') {
      flush();
      // Preformatted text keeps its lines, one paragraph each (paragraphs never contain newlines).
      const lines: string[] = [];
      collectText(node, lines);
      for (const line of lines.join('').split('\n')) {
        buffer = line;
        flush();
      }
      return;
    }
    const block = BLOCK_ELEMENTS.has(name);
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) visit(children[i]!);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs;
}

/** Text of a subtree without the skipped elements. */
function collectText(node: TextTreeNode, out: string[]): void {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE || SKIPPED_ELEMENTS.has(node.nodeName.toUpperCase())) return;
  if (node.nodeName.toUpperCase() === 'BR') out.push('\n');
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) collectText(children[i]!, out);
}
