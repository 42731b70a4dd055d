// Re-anchoring a claim's quote in a (possibly changed) article text, the way Hypothesis does it:
// exact occurrences first, then fuzzy matches within an error budget, each candidate scored by
// how well the quote, its prefix/suffix context and the old position agree. A quote that cannot
// be found with confidence yields null (the claim becomes orphaned) rather than a wrong place.
import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '@common/domain/types';

export interface AnchoredQuote {
  start: number;
  end: number;
  /** True when the text at [start, end) is exactly the quote. */
  exactMatch: boolean;
}

/** Share of the quote's characters that a fuzzy match may differ in (edits, typos fixed). */
export const QUOTE_ERROR_RATE = 0.25;
// Myers' algorithm slows with the error count; no real edit of one quote needs more.
const MAX_QUOTE_ERRORS = 256;
/** A fuzzy match must also agree at least this well with the quote's context, where it has one. */
export const MIN_CONTEXT_SCORE = 0.5;

// Hypothesis's weights: the quote dominates, context disambiguates, position breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export function anchor(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): AnchoredQuote | null {
  const { exact } = quote;
  if (exact === '' || text.length === 0) return null;

  const exactHits = exactOccurrences(text, exact);
  if (exactHits.length > 0) return best(text, quote, position, exactHits);

  const budget = Math.min(MAX_QUOTE_ERRORS, Math.floor(exact.length * QUOTE_ERROR_RATE));
  if (budget === 0) return null;
  const fuzzy = search(text, exact, budget).filter((m) => m.end > m.start);
  // With errors in the quote itself, only a place whose surroundings also still match is
  // trusted: a short quote with a few errors can otherwise "match" unrelated words.
  const trusted = fuzzy.filter((m) => contextScore(text, quote, m) >= MIN_CONTEXT_SCORE);
  return trusted.length > 0 ? best(text, quote, position, trusted) : null;
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const hits: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    hits.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return hits;
}

function best(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector | undefined,
  candidates: Candidate[],
): AnchoredQuote {
  let top: Candidate | undefined;
  let topScore = -Infinity;
  for (const c of candidates) {
    const score = scoreCandidate(text, quote, position, c);
    // Strictly greater: among equal scores the earliest occurrence wins, deterministically.
    if (score > topScore) {
      top = c;
      topScore = score;
    }
  }
  if (!top) throw new Error('best() needs at least one candidate');
  return { start: top.start, end: top.end, exactMatch: text.slice(top.start, top.end) === quote.exact };
}

function scoreCandidate(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector | undefined,
  c: Candidate,
): number {
  const quoteScore = 1 - c.errors / quote.exact.length;
  const prefixScore = quote.prefix ? prefixMatch(text, quote.prefix, c.start) : 1;
  const suffixScore = quote.suffix ? suffixMatch(text, quote.suffix, c.end) : 1;
  const positionScore = position ? 1 - Math.abs(c.start - position.start) / text.length : 1;
  return (
    (QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore) /
    (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
  );
}

/** Mean agreement of the context that the selector has; 1 when it has none. */
function contextScore(text: string, quote: TextQuoteSelector, c: Candidate): number {
  const scores: number[] = [];
  if (quote.prefix) scores.push(prefixMatch(text, quote.prefix, c.start));
  if (quote.suffix) scores.push(suffixMatch(text, quote.suffix, c.end));
  return scores.length === 0 ? 1 : scores.reduce((a, b) => a + b, 0) / scores.length;
}

function prefixMatch(text: string, prefix: string, start: number): number {
  return similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
}

function suffixMatch(text: string, suffix: string, end: number): number {
  return similarity(text.slice(end, end + suffix.length), suffix);
}

/** 1 − (fewest edits that place `expected` in `actual`) / length; 0 when `actual` is empty. */
function similarity(actual: string, expected: string): number {
  if (actual.length === 0 || expected.length === 0) return 0;
  if (actual === expected) return 1;
  const matches = search(actual, expected, expected.length);
  const fewest = matches.reduce((min, m) => Math.min(min, m.errors), expected.length);
  return 1 - fewest / expected.length;
}
