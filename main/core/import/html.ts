// Saved web pages: jsdom parses (scripts never run: jsdom's default, deliberately not changed),
// Mozilla Readability extracts the article and its metadata, and articleParagraphs() turns the
// extracted DOM into our paragraph text.
//
// jsdom and Readability are loaded on first use only, so importing seed and text files (the bulk
// path) never pays for them.
import { createRequire } from 'node:module';
import type * as JsdomModule from 'jsdom';
import type * as ReadabilityModule from '@mozilla/readability';
import type { ParsedArticle } from '@common/domain/types';
import { PARAGRAPH_SEPARATOR } from '@common/domain/types';
import { normaliseDate } from './dates.js';
import { parseHttpUrl } from '@common/domain/http-url';
import { findDateline } from './dateline.js';
import { removeArticleClutter, removeClutterContainers } from './htmlClutter.js';
import { readPageMetadata } from './htmlMetadata.js';
import { articleParagraphs, type TextTreeNode } from './htmlText.js';
import { detectLanguage } from './language.js';
import { fileStem } from './plainText.js';
import { refuseImport } from './problems.js';
import { normaliseInline, optionalText } from './whitespace.js';

/** The document URL Readability's own test harness uses; relative links resolve against it. */
export const UNKNOWN_DOCUMENT_URL = 'http://fakehost/test/page.html';

// Not named `require`: electron-vite's ESM output declares its own `require` shim in the same scope.
const loadCommonJs = createRequire(import.meta.url);
let libraries: { jsdom: typeof JsdomModule; readability: typeof ReadabilityModule } | null = null;

function loadLibraries(): NonNullable<typeof libraries> {
  libraries ??= {
    jsdom: loadCommonJs('jsdom') as typeof JsdomModule,
    readability: loadCommonJs('@mozilla/readability') as typeof ReadabilityModule,
  };
  return libraries;
}

/** Readability's extracted article: an element of the page's own document. */
type PageContent = Element;

export function parseHtml(html: string, fileName: string): ParsedArticle {
  const { jsdom, readability } = loadLibraries();
  // A silent virtual console: page scripts never run, and CSS parse errors are not our business.
  const dom = new jsdom.JSDOM(html, { url: UNKNOWN_DOCUMENT_URL, virtualConsole: new jsdom.VirtualConsole() });
  try {
    const document = dom.window.document;
    const url = canonicalUrl(document);
    const fallbackTitle = optionalText(document.querySelector('h1')?.textContent);
    // Asked before parse(): Readability modifies the document it extracts from.
    const readerable = readability.isProbablyReaderable(document);
    const metadata = readPageMetadata(document);
    removeClutterContainers(document);
    // The serializer hands back the extracted DOM itself, which we clean and split into paragraphs.
    const article = new readability.Readability<PageContent>(document, { serializer: (node) => node as PageContent }).parse();
    const clutter = article?.content ? removeArticleClutter(article.content) : { bylines: [], dates: [] };
    const paragraphs = article?.content ? articleParagraphs(article.content as unknown as TextTreeNode) : [];
    if (!article || !looksLikeAnArticle(paragraphs, readerable)) {
      throw refuseImport(fileName, 'no_article', 'noArticle');
    }
    const text = paragraphs.join(PARAGRAPH_SEPARATOR);
    const excerpt = optionalText(article.excerpt);
    return {
      title: optionalText(article.title) ?? fallbackTitle ?? fileStem(fileName),
      // Readability falls back to the first paragraph when a page has no description, and many
      // sites use their lead paragraph as description: neither is a standfirst of its own, and
      // repeating it would only duplicate the body.
      subtitle: excerpt !== null && paragraphs.slice(0, 3).some((p) => p.startsWith(excerpt)) ? null : excerpt,
      dateline: paragraphs[0] === undefined ? null : findDateline(paragraphs[0]),
      // Readability's own findings first (it reads the page's meta tags and its byline element),
      // then what it misses: other JSON-LD shapes, <time>, and the byline line we took out of the text.
      byline: optionalText(article.byline) ?? metadata.byline ?? optionalText(clutter.bylines[0]?.names),
      sourceName: optionalText(article.siteName) ?? metadata.publisher,
      url,
      language: languageCode(article.lang) ?? detectLanguage(text),
      publishedAt:
        normaliseDate(article.publishedTime) ?? metadata.publishedAt ?? clutter.bylines.find((line) => line.publishedOn)?.publishedOn ?? clutter.dates[0] ?? null,
      category: null,
      text,
      format: 'html',
      fileName,
    };
  } finally {
    dom.window.close();
  }
}

/** A paragraph with this many letters reads as prose, not as a menu item or a form label. */
const PROSE_PARAGRAPH_LETTERS = 40;
/** Pages Readability itself doubts must at least have this much text to count as an article. */
const MIN_UNREADERABLE_LETTERS = 200;

/**
 * Readability returns *something* for almost any page (a menu, a login form). We call it an
 * article only if some paragraph reads like prose, and, for pages isProbablyReaderable() rejects,
 * if there is more than a snippet of text.
 */
function looksLikeAnArticle(paragraphs: readonly string[], readerable: boolean): boolean {
  const letters = paragraphs.map(letterCount);
  if (!letters.some((count) => count >= PROSE_PARAGRAPH_LETTERS)) return false;
  return readerable || letters.reduce((a, b) => a + b, 0) >= MIN_UNREADERABLE_LETTERS;
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

/** The page's own address from <link rel=canonical> or og:url, when it is an absolute http(s) URL. */
function canonicalUrl(document: QueryableDocument): string | null {
  const candidates = [
    document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const value = candidate?.trim();
    if (!value) continue;
    // A relative URL parses to null: it says nothing about where the page lived.
    const parsed = parseHttpUrl(value);
    if (parsed !== null) return parsed.href;
  }
  return null;
}

function languageCode(value: string | null | undefined): string | null {
  const primary = value ? normaliseInline(value).toLowerCase().split(/[-_]/)[0] : undefined;
  return primary && /^[a-z]{2}$/.test(primary) ? primary : null;
}
