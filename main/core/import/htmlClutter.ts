// What a news page puts around and inside its article that is not the article: subscription and
// newsletter prompts, cookie notices, "most read" lists, and the byline and date lines, which are
// metadata (we keep what they say as byline and date, not as body text). Readability drops most
// page furniture by link density and class names; these are the pieces it keeps because they look
// like short paragraphs of prose.
import type { PageDocument } from './htmlMetadata.js';
import { bylineLine, dateLine, type BylineLine } from './htmlByline.js';
import { normaliseInline } from './whitespace.js';

// jsdom's elements, typed by the DOM declarations jsdom's own types bring in.
type PageElement = Element;

/** Class, id or label of a container that holds a prompt or a list of other articles. */
const CLUTTER_CONTAINER = /cookie|consent|gdpr|paywall|regwall|subscri(?:be|ption)|newsletter|sign-?up|most-?(?:read|popular|viewed)|trending/i;
/** Headings of lists of other articles. */
const MOST_READ_HEADING = /^(?:most (?:read|popular|viewed|shared|commented)|trending(?: now)?|popular now|meistgelesen|am meisten gelesen)\b/i;
/** More text than this is an article (or a page) wearing a prompt's class name, not a prompt. */
const MAX_CONTAINER_LETTERS = 600;
/** Prompts are short; a paragraph longer than this that mentions subscribing is reporting. */
const MAX_PROMPT_CHARACTERS = 250;
const SUBSCRIPTION_PROMPT = [
  /\b(?:subscribe|sign up|register)\b.{0,40}\b(?:now|today|for (?:only|just)|newsletter)\b/i,
  /^(?:start|get|activate) your (?:free )?(?:subscription|trial)\b/i,
  /^jetzt (?:abonnieren|anmelden)\b/i,
];
const COOKIE_PROMPT = /\bcookies?\b.*\b(?:accept|consent|settings|agree|allow|enable|privacy)\b/i;

/**
 * Removes prompt and "most read" containers from the page, before Readability scores it (after
 * scoring, the class names that identify them are gone). Only small containers: a class like
 * "paywall-article" on the whole article must not take the article with it.
 */
export function removeClutterContainers(document: PageDocument): void {
  for (const element of document.body?.querySelectorAll('[class], [id], [aria-label]') ?? []) {
    if (!element.isConnected) continue; // inside a container already removed (this runs on the page)
    const label = `${element.getAttribute('class') ?? ''} ${element.id} ${element.getAttribute('aria-label') ?? ''}`;
    if (CLUTTER_CONTAINER.test(label) && isSmall(element)) element.remove();
  }
}

export interface ArticleClutter {
  /** Byline lines removed from the body, first first. */
  bylines: BylineLine[];
  /** Publication dates from removed "Published …" lines. */
  dates: string[];
}

/**
 * Removes clutter from Readability's extracted article (its DOM, before we turn it into paragraphs)
 * and returns what the removed byline and date lines said.
 */
export function removeArticleClutter(content: PageElement): ArticleClutter {
  const found: ArticleClutter = { bylines: [], dates: [] };
  for (const heading of content.querySelectorAll('h2, h3, h4, h5, h6')) {
    if (!MOST_READ_HEADING.test(textOf(heading))) continue;
    const list = heading.nextElementSibling;
    if (list && /^(?:UL|OL)$/.test(list.nodeName)) list.remove();
    heading.remove();
  }
  for (const block of content.querySelectorAll('p, div, li, h2, h3, h4, h5, h6')) {
    // Leaves only (one paragraph each); `contains`, not isConnected: Readability's article is detached.
    if (!content.contains(block) || block.querySelector('p, div, li')) continue;
    const text = textOf(block);
    const byline = bylineLine(text);
    if (byline) {
      found.bylines.push(byline);
      block.remove();
      continue;
    }
    const date = dateLine(text);
    if (date) {
      if (date.published) found.dates.push(date.published);
      block.remove();
      continue;
    }
    if (isPrompt(text)) removeWithEmptyParent(block);
  }
  return found;
}

function isPrompt(text: string): boolean {
  if (text.length > MAX_PROMPT_CHARACTERS) return false;
  return SUBSCRIPTION_PROMPT.some((pattern) => pattern.test(text)) || COOKIE_PROMPT.test(text);
}

/** A prompt's call to action ("Start your subscription") sits beside it: the wrapper goes too when it is as small. */
function removeWithEmptyParent(block: PageElement): void {
  const parent = block.parentElement;
  block.remove();
  if (parent && parent.nodeName === 'DIV' && letters(textOf(parent)) < 40) parent.remove();
}

function isSmall(element: PageElement): boolean {
  return letters(element.textContent ?? '') <= MAX_CONTAINER_LETTERS && !element.querySelector('h1, article');
}

function textOf(element: PageElement): string {
  return normaliseInline(element.textContent ?? '');
}

function letters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
