// Human-readable output for the terminal; --json prints the data itself instead. Values that sit
// inside one line go through oneLine (no line breaks or control characters from an article can
// forge or break a line); whole outputs are escaped again when printed (terminal.ts).
import type { Article, ArticleDetail, ArticleSummary, Claim, Source, VerdictScale } from '@common/domain/types';
import { verdictLabel as labelIn } from '@common/domain/types';
import { cliLanguage, msg, statusLabel } from './messages';
import { oneLine } from './terminal';

/** A verdict as this person reads it: the German label in German (the English one when it has none). */
export function verdictLabel(scale: VerdictScale, key: string | null): string {
  if (key === null) return '—';
  const verdict = scale.verdicts.find((v) => v.key === key);
  return oneLine(verdict ? labelIn(verdict, cliLanguage()) : key);
}

export function formatArticleLine(a: ArticleSummary): string {
  const meta = oneLine([a.sourceName, a.publishedAt?.slice(0, 10), a.language].filter(Boolean).join(', '));
  return `${String(a.id).padStart(5)}  ${oneLine(a.title)}${meta ? `  (${meta})` : ''}  ${msg('articles.counts', { claims: a.claimCount, open: a.openClaimCount })}`;
}

/** A labelled line, or null when there is nothing to show. */
const field = (key: string, value: string | null | undefined): string | null => (value ? msg(key, { value: oneLine(value) }) : null);

export function formatArticle(a: Article): string {
  const lines = [
    `#${a.id} ${oneLine(a.title)}`,
    field('field.subtitle', a.subtitle),
    field('field.dateline', a.dateline),
    field('field.byline', a.byline),
    field('field.source', a.sourceName),
    field('field.url', a.url),
    field('field.published', a.publishedAt),
    field('field.language', a.language ?? msg('field.unknownLanguage')),
    field('field.category', a.category),
    field('field.revision', String(a.revision)),
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}

export function formatClaim(c: Claim, scale: VerdictScale): string {
  return [
    msg('claim.heading', { id: String(c.id), revision: String(c.revision), orphaned: c.orphaned ? 'yes' : 'no' }),
    msg('claim.quote', { value: `"${oneLine(c.quote.exact)}"  [${c.part === 'body' ? '' : `${c.part} `}${c.position.start}–${c.position.end}]` }),
    msg('claim.claim', { value: oneLine(c.claimReviewed) }),
    msg('claim.claimant', { value: oneLine(c.claimant ?? '—') }),
    msg('claim.date', { value: oneLine(c.claimDate ?? '—') }),
    msg('claim.verdict', { value: verdictLabel(scale, c.verdict) }),
    msg('claim.status', { value: statusLabel(c.status) }),
    c.publishedAt
      ? msg('claim.published', { date: oneLine(c.publishedAt.slice(0, 10)), publisher: oneLine(c.publishedBy ?? '—'), url: oneLine(c.publishedUrl ?? '—') })
      : null,
    c.modifiedAt ? msg('claim.corrected', { date: oneLine(c.modifiedAt.slice(0, 10)) }) : null,
    field('claim.rationale', c.rationale),
  ]
    .filter((l): l is string => l !== null)
    .join('\n');
}

export function formatSource(s: Source): string {
  const title = `${oneLine(s.title ?? s.url)}${s.title ? ` <${oneLine(s.url)}>` : ''}`;
  return msg('claim.source', { id: String(s.id), stance: msg(`stance.${s.stance}`), title });
}

export function formatDetail(d: ArticleDetail, scale: VerdictScale): string {
  const parts = [formatArticle(d.article), '', d.article.text, ''];
  if (d.claims.length === 0) parts.push(msg('articles.noClaims'));
  for (const c of d.claims) {
    parts.push(formatClaim(c, scale));
    for (const s of d.sources.filter((x) => x.claimId === c.id)) parts.push(formatSource(s));
  }
  return parts.join('\n');
}

/**
 * The line that ends a cut list, e.g. "500 of 4,000 articles shown. Next: --offset 500, or --all
 * for every one."; null when the whole list was printed.
 */
export function listFooter(shown: number, total: number, offset: number, search: string | undefined): string | null {
  if (shown >= total) return null;
  if (shown === 0) return msg('articles.noneFromOffset', { offset, total });
  return msg('articles.shown', {
    shown,
    total,
    matching: search === undefined ? 'no' : 'yes',
    search: search ?? '',
    ranged: offset === 0 ? 'no' : 'yes',
    first: offset + 1,
    last: offset + shown,
    more: offset + shown < total ? 'yes' : 'no',
    // An option value to type back: digits only, never "1,000".
    next: String(offset + shown),
  });
}
