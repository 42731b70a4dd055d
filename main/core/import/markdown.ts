// Markdown → plain paragraphs via marked's lexer (tokens only; nothing is rendered to HTML, so no
// raw HTML can survive as markup). Title from front matter or the first "# heading".
import { Lexer, type Token, type Tokens } from 'marked';
import { decodeHTML } from 'entities';
import type { ParsedArticle } from '@common/domain/types';
import { PARAGRAPH_SEPARATOR } from '@common/domain/types';
import { normaliseDate } from './dates.js';
import { detectLanguage } from './language.js';
import { fileStem } from './plainText.js';
import { closesElement, htmlFragmentParagraphs, openedNonTextElement } from './rawHtml.js';
import { normaliseInline, optionalText } from './whitespace.js';

const FRONT_MATTER = /^---[^\S\n]*\n([\s\S]*?)\n(?:---|\.\.\.)[^\S\n]*(?:\n|$)/;

export function parseMarkdown(source: string, fileName: string): ParsedArticle {
  const { meta, body } = splitFrontMatter(source);
  const paragraphs: string[] = [];
  let headingTitle: string | null = null;
  const tokens = new Lexer({ gfm: true }).lex(body);
  for (const token of tokens) {
    if (headingTitle === null && token.type === 'heading' && (token as Tokens.Heading).depth === 1) {
      headingTitle = inlineText((token as Tokens.Heading).tokens);
      // The title is not repeated as body text.
      if (meta.title === undefined || normaliseInline(meta.title) === headingTitle) continue;
    }
    blockParagraphs(token, paragraphs);
  }

  const text = paragraphs.filter((p) => p.length > 0).join(PARAGRAPH_SEPARATOR);
  const title = optionalText(meta.title) ?? optionalText(headingTitle) ?? fileStem(fileName);
  return {
    title,
    subtitle: optionalText(meta.subtitle ?? meta.description ?? meta.excerpt ?? meta.summary),
    dateline: null,
    byline: optionalText(meta.author ?? meta.byline),
    sourceName: optionalText(meta.source ?? meta.publisher ?? meta.site ?? meta.site_name),
    url: optionalText(meta.url ?? meta.canonical_url ?? meta.canonical),
    language: languageCode(meta.lang ?? meta.language) ?? detectLanguage(text),
    publishedAt: normaliseDate(meta.date ?? meta.published ?? meta.published_at ?? meta.publishedAt),
    category: optionalText(meta.category ?? meta.categories),
    text,
    format: 'markdown',
    fileName,
  };
}

/** A leading YAML front matter block, read as flat "key: value" pairs (nested YAML is ignored). */
function splitFrontMatter(source: string): { meta: Record<string, string | undefined>; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { meta: {}, body: source };
  const meta: Record<string, string | undefined> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair?.[1] || !pair[2]) continue;
    let value = pair[2].trim();
    if (value.startsWith('[') && value.endsWith(']')) value = value.slice(1, -1).split(',')[0] ?? '';
    value = value.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value.length > 0) meta[pair[1]] = value;
  }
  return { meta, body: source.slice(match[0].length) };
}

function languageCode(value: string | undefined): string | null {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2}$/.test(primary) ? primary : null;
}

/** Appends the paragraphs of one block token. */
function blockParagraphs(token: Token, out: string[]): void {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      out.push(inlineText((token as Tokens.Heading | Tokens.Paragraph).tokens));
      return;
    case 'text': {
      const t = token as Tokens.Text;
      out.push(t.tokens ? inlineText(t.tokens) : normaliseInline(decodeHTML(t.text)));
      return;
    }
    case 'blockquote':
      for (const child of (token as Tokens.Blockquote).tokens) blockParagraphs(child, out);
      return;
    case 'list':
      for (const item of (token as Tokens.List).items) {
        for (const child of item.tokens) blockParagraphs(child, out);
      }
      return;
    case 'code':
      // Code is kept as text, one paragraph per line (paragraphs never contain newlines).
      for (const line of (token as Tokens.Code).text.split('\n')) out.push(normaliseInline(line));
      return;
    case 'table': {
      const table = token as Tokens.Table;
      const rows = [table.header, ...table.rows];
      for (const row of rows) out.push(row.map((cell) => inlineText(cell.tokens)).filter(Boolean).join(' | '));
      return;
    }
    case 'html':
      out.push(...htmlFragmentParagraphs((token as Tokens.HTML).text));
      return;
    default:
      // space, hr, def (link reference definitions), and anything unknown carry no article text.
      return;
  }
}

/** Plain text of inline tokens: links keep their text, images are dropped, raw HTML is stripped and
 *  the content of inline <script>/<style>… is skipped. */
function inlineText(tokens: readonly Token[] | undefined): string {
  let text = '';
  let skipping: string | null = null;
  const visit = (list: readonly Token[]): void => {
    for (const token of list) {
      if (skipping !== null) {
        if (token.type === 'html' && closesElement((token as Tokens.HTML).text, skipping)) skipping = null;
        continue;
      }
      switch (token.type) {
        case 'image':
          break;
        case 'html': {
          const raw = (token as Tokens.HTML).text;
          skipping = openedNonTextElement(raw);
          // A lone inline tag (<b>, </span>) adds nothing; a line break or block tag separates words.
          if (skipping === null) text += /^<(?:br|hr|p|div|li)\b/i.test(raw.trim()) ? ' ' : htmlFragmentParagraphs(raw).join(' ');
          break;
        }
        case 'codespan':
          text += (token as Tokens.Codespan).text;
          break;
        case 'escape':
          text += (token as Tokens.Escape).text;
          break;
        case 'br':
          text += ' ';
          break;
        default: {
          const withChildren = token as Token & { tokens?: Token[]; text?: string };
          if (withChildren.tokens && withChildren.tokens.length > 0) visit(withChildren.tokens);
          else if (typeof withChildren.text === 'string') text += decodeHTML(withChildren.text);
        }
      }
    }
  };
  visit(tokens ?? []);
  return normaliseInline(text);
}
