// W3C selectors for a range of an article's plain text, and the reverse lookup of a quote.
// Offsets are UTF-16 code unit indexes into the text of the claim's part (Article.text for the
// body; the headline or the teaser otherwise), what JavaScript strings and Lexical use.
import { partText, type Article, type ClaimAnchor, type ClaimPart } from '@common/domain/types';
import { FactdeskError } from '@common/domain/errors';

/** How much context a TextQuoteSelector keeps on each side: enough to disambiguate, as Hypothesis does. */
export const QUOTE_CONTEXT_LENGTH = 32;

/** How messages name the text of each part. */
const PART_TEXT_NAMES: Record<ClaimPart, string> = { body: "the article's text", headline: "the article's headline", teaser: "the article's teaser" };

export function describeRange(text: string, start: number, end: number, part: ClaimPart = 'body'): ClaimAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new FactdeskError(
      'invalid_input',
      `The selection ${start}–${end} is outside ${PART_TEXT_NAMES[part]} (length ${text.length}).`,
    );
  }
  const exact = text.slice(start, end);
  if (exact.trim() === '') {
    throw new FactdeskError('invalid_input', 'The selection contains only white space.');
  }
  return {
    quote: {
      exact,
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
    },
    position: { start, end },
  };
}

/** Every start offset at which `quote` occurs in `text`, in order. */
export function quoteOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/**
 * The anchor of the `occurrence`-th (1-based) exact occurrence of `quote`.
 * A quote that is absent, or an occurrence past the last one, is the user's error.
 */
export function anchorQuote(text: string, quote: string, occurrence = 1, where = 'the article'): ClaimAnchor {
  const starts = quoteOccurrences(text, quote);
  if (starts.length === 0) {
    throw new FactdeskError('invalid_input', `The quote "${truncate(quote)}" does not occur in ${where}.`);
  }
  const start = starts[occurrence - 1];
  if (start === undefined) {
    throw new FactdeskError(
      'invalid_input',
      `The quote occurs ${starts.length} time(s); occurrence ${occurrence} does not exist.`,
    );
  }
  return describeRange(text, start, start + quote.length);
}

/** Where a claim given by its quote goes in an article, and its anchor in that part's text. */
export interface PartAnchor {
  part: ClaimPart;
  anchor: ClaimAnchor;
}

// Where most claims are first; a quote only in the headline or the teaser is found there.
const QUOTE_SEARCH_ORDER: readonly ClaimPart[] = ['body', 'headline', 'teaser'];

/**
 * The anchor of a quote in the given part, or, without one, in the first part (body, headline,
 * teaser) that contains it. The occurrence counts within that part.
 */
export function anchorQuoteInArticle(
  article: Pick<Article, 'title' | 'subtitle' | 'text'>,
  quote: string,
  occurrence = 1,
  part?: ClaimPart,
): PartAnchor {
  if (part !== undefined) {
    return { part, anchor: anchorQuote(partText(article, part), quote, occurrence, `the article's ${part}`) };
  }
  const found = QUOTE_SEARCH_ORDER.find((p) => quoteOccurrences(partText(article, p), quote).length > 0);
  if (found === undefined) {
    throw new FactdeskError('invalid_input', `The quote "${truncate(quote)}" does not occur in the article (body, headline or teaser).`);
  }
  return { part: found, anchor: anchorQuote(partText(article, found), quote, occurrence) };
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
