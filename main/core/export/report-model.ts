// The view of a ReportInput that every format shares: claims in report order with their verdict,
// sources and people resolved, plus the stable identifiers that link the formats to each other.
import type { Article, Claim, Correction, ReportLanguage, Source, Verdict } from '@common/domain/types';
import { CLAIM_PART_ORDER, CLAIM_STATUS_LABELS, partText, verdictLabel } from '@common/domain/types';
import type { ReportInput } from './types';
import type { Evidence } from '@common/domain/evidence';

export { STANCE_LABELS } from '@common/domain/types';

export interface ReportedVerdict {
  key: string;
  label: string;
  ratingValue: number | null;
  /** A colour safe to place into CSS, or null when the scale's value was not one. */
  color: string | null;
}

export interface ReportedClaim {
  claim: Claim;
  /** 1-based number of the claim within its article, in report order. */
  number: number;
  verdict: ReportedVerdict | null;
  statusLabel: string;
  sources: Source[];
  /** Kept copies of its sources (archived pages, screenshots, PDFs, files), by source then id. */
  preserved: Evidence[];
  /** Corrections made while it was published, oldest first. */
  corrections: Correction[];
  /** Stable across exports and databases holding the same text; see claimKey. */
  key: string;
}

export interface ReportedArticle {
  article: Article;
  claims: ReportedClaim[];
}

/**
 * Articles by id, claims by position then id, sources by id. The service already orders them;
 * sorting again here keeps every format deterministic even for hand-built input.
 */
export function reportArticles(input: ReportInput): ReportedArticle[] {
  const verdicts = new Map(input.scale.verdicts.map((v) => [v.key, v]));
  return [...input.articles]
    .sort((a, b) => a.article.id - b.article.id)
    .map(({ article, claims, sources }) => {
      const ordered = [...claims].sort(
        (a, b) =>
          readingRank(a) - readingRank(b) ||
          a.position.start - b.position.start ||
          a.position.end - b.position.end ||
          a.id - b.id,
      );
      return {
        article,
        claims: ordered.map((claim, i) => ({
          claim,
          number: i + 1,
          verdict: claim.verdict === null ? null : reportedVerdict(claim.verdict, verdicts.get(claim.verdict), input.language),
          statusLabel: CLAIM_STATUS_LABELS[claim.status] ?? claim.status,
          sources: sources.filter((s) => s.claimId === claim.id).sort((a, b) => a.id - b.id),
          preserved: (input.preserved ?? []).filter((e) => sources.some((s) => s.id === e.sourceId && s.claimId === claim.id)),
          corrections: input.corrections.filter((c) => c.claimId === claim.id).sort((a, b) => a.id - b.id),
          key: claimKey(article, claim),
        })),
      };
    });
}

function readingRank(claim: Claim): number {
  return CLAIM_PART_ORDER.indexOf(claim.part);
}

function reportedVerdict(key: string, verdict: Verdict | undefined, language: ReportLanguage): ReportedVerdict {
  // A verdict key missing from the scale (label deleted since) still reports, uncoloured.
  if (!verdict) return { key, label: key, ratingValue: null, color: null };
  return { key, label: verdictLabel(verdict, language), ratingValue: verdict.ratingValue, color: safeCssColor(verdict.color) };
}

/**
 * "<first 16 hex of the text's SHA-256>-<claim id>". Claim ids alone are only unique within one
 * database; pairing them with the text hash keeps ids distinct across articles and stable across
 * re-exports, and changes exactly when the text the selectors index changes.
 */
export function claimKey(article: Article, claim: Claim): string {
  return `${article.contentHash.slice(0, 16).toLowerCase()}-${claim.id}`;
}

/** The person responsible for the verdict as shown in reports: who set it, else who created the claim. */
export function reviewerOf(claim: Claim): string | null {
  return claim.verdictSetBy ?? claim.createdBy ?? null;
}

// Hex, rgb()/hsl() with plain numbers, or a bare colour keyword: nothing that can close a
// declaration, open a url() or reach outside the style attribute.
const CSS_COLOR =
  /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgb|rgba|hsl|hsla)\(\s*[0-9.]+%?(\s*[,\s/]\s*[0-9.]+%?){2,3}\s*\)|[a-z]{3,30})$/i;

export function safeCssColor(color: string): string | null {
  const c = color.trim();
  return CSS_COLOR.test(c) ? c : null;
}

/** Quote context on one line: selectors keep paragraph breaks, a report line should not. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

export function countClaims(articles: ReportedArticle[]): number {
  return articles.reduce((n, a) => n + a.claims.length, 0);
}

export interface QuoteInContext {
  prefix: string;
  exact: string;
  suffix: string;
  /** Whether the article's text continues before the prefix / after the suffix. */
  leadingCut: boolean;
  trailingCut: boolean;
}

/**
 * The quote's surroundings for display, from its selector: on one line, and without the partial
 * word where the fixed-length context was cut out of the text of the claim's part. When the
 * selector no longer fits that text (an orphaned claim), the context is shown as stored.
 */
export function quoteInContext(article: Pick<Article, 'title' | 'subtitle' | 'text'>, claim: Claim): QuoteInContext {
  const { quote, position } = claim;
  const text = partText(article, claim.part);
  const fits =
    text.slice(position.start, position.end) === quote.exact &&
    text.slice(position.start - quote.prefix.length, position.start) === quote.prefix &&
    text.slice(position.end, position.end + quote.suffix.length) === quote.suffix;
  let prefix = oneLine(quote.prefix).trimStart();
  let suffix = oneLine(quote.suffix).trimEnd();
  if (!fits) return { prefix, exact: oneLine(quote.exact).trim(), suffix, leadingCut: true, trailingCut: true };
  const before = position.start - quote.prefix.length;
  const after = position.end + quote.suffix.length;
  const leadingCut = before > 0;
  const trailingCut = after < text.length;
  // The character outside the context is part of the same word: drop that word's fragment.
  const splitsWord = (a: string | undefined, b: string | undefined): boolean => /\S/.test(a ?? ' ') && /\S/.test(b ?? ' ');
  if (leadingCut && splitsWord(text[before - 1], text[before]) && /\s/.test(prefix)) prefix = prefix.replace(/^\S*\s+/, '');
  if (trailingCut && splitsWord(text[after - 1], text[after]) && /\s/.test(suffix)) suffix = suffix.replace(/\s+\S*$/, '');
  return { prefix, exact: oneLine(quote.exact).trim(), suffix, leadingCut, trailingCut };
}
