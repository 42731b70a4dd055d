// Plain text from small fragments of raw HTML (as embedded in Markdown) without a DOM: drop
// script/style/etc. together with their content, drop comments and tags, decode entities. Block
// tags become paragraph breaks. Only used where a full parser would be overkill; whole HTML pages go
// through jsdom + Readability instead.
import { decodeHTML } from 'entities';
import { nonEmpty, normaliseInline } from './whitespace.js';

/** Elements whose content is never text for a reader. */
export const NON_TEXT_ELEMENTS = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select'] as const;

const NON_TEXT_BLOCK = new RegExp(`<(${NON_TEXT_ELEMENTS.join('|')})\\b[^>]*>[\\s\\S]*?(?:</\\1\\s*>|$)`, 'gi');
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const BLOCK_TAG = /<\/?(?:p|div|section|article|header|footer|aside|main|nav|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|figure|figcaption|table|thead|tbody|tfoot|tr|td|th|caption|br|hr|address|details|summary)\b[^>]*>/gi;
const ANY_TAG = /<\/?[A-Za-z][^>]*>|<![^>]*>|<\?[\s\S]*?\?>/g;

/** Paragraphs of readable text in an HTML fragment. */
export function htmlFragmentParagraphs(html: string): string[] {
  const text = html
    .replace(COMMENT, ' ')
    .replace(NON_TEXT_BLOCK, ' ')
    .replace(BLOCK_TAG, '\n\n')
    .replace(ANY_TAG, '');
  return nonEmpty(text.split(/\n\s*\n/).map((p) => normaliseInline(decodeHTML(p))));
}

/** Name of the element an inline HTML tag opens, if its content must be skipped ("<script>" → "script"). */
export function openedNonTextElement(tag: string): string | null {
  const match = /^<([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(\/?)>$/.exec(tag.trim());
  if (!match?.[1] || match[2] === '/') return null;
  const name = match[1].toLowerCase();
  return (NON_TEXT_ELEMENTS as readonly string[]).includes(name) ? name : null;
}

export function closesElement(tag: string, name: string): boolean {
  return new RegExp(`^</${name}\\s*>$`, 'i').test(tag.trim());
}
