// W3C selectors for a range of an article's plain text, and the reverse lookup of a quote.
// Offsets are UTF-16 code unit indexes into Article.text (what JavaScript strings and Lexical use).
import type { ClaimAnchor } from '../domain/types';
import { FactdeskError } from '../domain/errors';

/** How much context a TextQuoteSelector keeps on each side: enough to disambiguate, as Hypothesis does. */
export const QUOTE_CONTEXT_LENGTH = 32;

export function describeRange(text: string, start: number, end: number): ClaimAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new FactdeskError(
      'invalid_input',
      `The selection ${start}–${end} is outside the article's text (length ${text.length}).`,
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
export function anchorQuote(text: string, quote: string, occurrence = 1): ClaimAnchor {
  const starts = quoteOccurrences(text, quote);
  if (starts.length === 0) {
    throw new FactdeskError('invalid_input', `The quote "${truncate(quote)}" does not occur in the article.`);
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

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
