// Byline, publisher and publication date of a saved page, from what the page says about itself:
// JSON-LD (schema.org NewsArticle and kin, also inside @graph), OpenGraph and other meta tags, and
// the article's <time datetime>. Readability reads some of this too, but only the first JSON-LD
// block, only a string @type and only object authors and publishers; this fills in where it gives up.
// Must run before Readability.parse(), which removes the page's scripts (and with them the JSON-LD).
import type * as JsdomModule from 'jsdom';
import { normaliseDate } from './dates.js';
import { normaliseInline, optionalText } from './whitespace.js';

export type PageDocument = InstanceType<typeof JsdomModule.JSDOM>['window']['document'];

export interface PageMetadata {
  byline: string | null;
  publisher: string | null;
  /** ISO 8601, as normaliseDate() gives it. */
  publishedAt: string | null;
}

/** schema.org types whose datePublished and author are an article's (not a web page's or site's). */
const ARTICLE_TYPE = /^(?:\w*Article|Report|\w*Posting|APIReference)$/;

type JsonObject = Record<string, unknown>;

export function readPageMetadata(document: PageDocument): PageMetadata {
  const ld = jsonLdArticle(document);
  return {
    byline: (ld && personNames(ld.author)) ?? metaAuthor(document),
    publisher: (ld && organisationName(ld.publisher)) ?? metaContent(document, ['og:site_name', 'application-name']),
    publishedAt:
      normaliseDate(ld && typeof ld.datePublished === 'string' ? ld.datePublished : null) ??
      normaliseDate(metaContent(document, ['article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'dc.date.issued', 'dcterms.created'])) ??
      articleTimeElement(document),
  };
}

/** The first schema.org article object in any JSON-LD block of the page. */
function jsonLdArticle(document: PageDocument): JsonObject | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // a broken block is the page's problem; the other blocks or meta tags may still say it
    }
    const found = findArticle(parsed, 0);
    if (found) return found;
  }
  return null;
}

/** Walks arrays and @graph (not arbitrary nesting: an article's "mainEntity" of another kind is no match). */
function findArticle(value: unknown, depth: number): JsonObject | null {
  if (depth > 3) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(value)) return null;
  const types = Array.isArray(value['@type']) ? value['@type'] : [value['@type']];
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type))) return value;
  return findArticle(value['@graph'], depth + 1);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function personNames(value: unknown): string | null {
  const people = Array.isArray(value) ? value : [value];
  const names = people
    .map((person) => (typeof person === 'string' ? person : isObject(person) && typeof person.name === 'string' ? person.name : null))
    .map((name) => optionalText(name))
    .filter((name): name is string => name !== null && !isUrl(name));
  return names.length > 0 ? names.join(', ') : null;
}

function organisationName(value: unknown): string | null {
  const organisation: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof organisation === 'string') return optionalText(organisation);
  return isObject(organisation) && typeof organisation.name === 'string' ? optionalText(organisation.name) : null;
}

function metaContent(document: PageDocument, names: readonly string[]): string | null {
  for (const name of names) {
    const meta = document.querySelector(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`);
    const value = optionalText(meta?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** article:author is often a profile URL, which is no byline. */
function metaAuthor(document: PageDocument): string | null {
  const value = metaContent(document, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator']);
  return value && !isUrl(value) ? value : null;
}

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/**
 * The publication <time> of the article: one marked as datePublished or pubdate, else the first one
 * inside the <article>. A <time> elsewhere is usually the site header's "today" or a teaser's date.
 */
function articleTimeElement(document: PageDocument): string | null {
  const time = document.querySelector('time[itemprop~="datePublished" i][datetime], time[pubdate][datetime], article time[datetime]');
  return normaliseDate(time ? normaliseInline(time.getAttribute('datetime') ?? '') : null);
}
