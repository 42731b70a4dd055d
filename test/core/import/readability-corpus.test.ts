// Mozilla Readability's own test pages (test/fixtures/import/readability-pages): our HTML import must give
// the title in expected-metadata.json and exactly the text of expected.html (Readability's reference
// output), compared with whitespace removed because we re-split the article into paragraphs.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../main/core/domain/types.js';
import { parseArticleFile } from '../../../main/core/import/index.js';
import { importRefusal, READABILITY_PAGES } from './helpers.js';

interface ExpectedMetadata {
  title: string;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  lang?: string | null;
  publishedTime: string | null;
  readerable: boolean;
}

const pages = readdirSync(READABILITY_PAGES)
  .filter((name) => existsSync(path.join(READABILITY_PAGES, name, 'source.html')))
  .sort();

/** expected.html's visible text (textContent without script/style), all whitespace removed. */
function expectedText(page: string): string {
  const document = new JSDOM(readFileSync(path.join(READABILITY_PAGES, page, 'expected.html'), 'utf8')).window.document;
  document.querySelectorAll('script, style').forEach((node) => node.remove());
  return withoutWhitespace(document.body.textContent ?? '');
}

function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

function collapse(text: string | null | undefined): string | null {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value.length > 0 ? value : null;
}

function parsePage(page: string): ParsedArticle {
  return parseArticleFile(`${page}.html`, readFileSync(path.join(READABILITY_PAGES, page, 'source.html')));
}

describe('Readability test pages', () => {
  it('has the 32 pages of the corpus', () => {
    expect(pages).toHaveLength(32);
  });

  for (const page of pages) {
    const metadata = JSON.parse(readFileSync(path.join(READABILITY_PAGES, page, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
    const expected = expectedText(page);

    // 005-unescape-html-entities tests Readability's entity decoding of metadata: its whole body is
    // the word "Test" and it is marked not readerable. We refuse such a page as "no article" rather
    // than import a four-letter article, so for it the refusal is the expected outcome.
    if (!metadata.readerable && (expected.match(/\p{L}/gu)?.length ?? 0) < 40) {
      it(`${page}: refused as a page with no article (reference text "${expected}")`, async () => {
        const error = await importRefusal(() => parsePage(page));
        expect(error.details?.reason).toBe('no_article');
        expect(error.message).toContain(`${page}.html`);
      });
      continue;
    }

    it(`${page}: title, text and metadata match Readability's reference`, () => {
      const article = parsePage(page);
      expect(article.format).toBe('html');
      expect(article.title).toBe(metadata.title);
      expect(withoutWhitespace(article.text)).toBe(expected);
      // Paragraph text is normalised: no runs of whitespace, no newlines inside a paragraph.
      for (const paragraph of article.text.split('\n\n')) {
        expect(paragraph).toBe(paragraph.replace(/\s+/g, ' ').trim());
        expect(paragraph.length).toBeGreaterThan(0);
      }
      expect(article.byline).toBe(collapse(metadata.byline));
      expect(article.sourceName).toBe(collapse(metadata.siteName));
      if (metadata.lang) expect(article.language).toBe(metadata.lang.split('-')[0]!.toLowerCase());
      else expect(article.language).toMatch(/^[a-z]{2}$/);
      if (metadata.publishedTime) expect(Date.parse(article.publishedAt ?? '')).toBe(Date.parse(metadata.publishedTime.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')));
      else expect(article.publishedAt).toBeNull();
      const excerpt = collapse(metadata.excerpt);
      if (article.subtitle !== null) expect(article.subtitle).toBe(excerpt);
      else if (excerpt !== null) expect(article.text.split('\n\n').slice(0, 3).some((p) => p.startsWith(excerpt))).toBe(true);
    });
  }
});
