// Human-readable output for the terminal; --json prints the data itself instead. Values that sit
// inside one line go through oneLine (no line breaks or control characters from an article can
// forge or break a line); whole outputs are escaped again when printed (terminal.ts).
import type { Article, ArticleDetail, ArticleSummary, Claim, Source, VerdictScale } from '@common/domain/types';
import { CLAIM_STATUS_LABELS } from '@common/domain/types';
import { oneLine } from './terminal';

export function verdictLabel(scale: VerdictScale, key: string | null): string {
  if (key === null) return '—';
  return oneLine(scale.verdicts.find((v) => v.key === key)?.label ?? key);
}

export function formatArticleLine(a: ArticleSummary): string {
  const meta = oneLine([a.sourceName, a.publishedAt?.slice(0, 10), a.language].filter(Boolean).join(', '));
  return `${String(a.id).padStart(5)}  ${oneLine(a.title)}${meta ? `  (${meta})` : ''}  [${a.claimCount} claims, ${a.openClaimCount} open]`;
}

export function formatArticle(a: Article): string {
  const lines = [
    `#${a.id} ${oneLine(a.title)}`,
    a.subtitle ? `Subtitle:  ${oneLine(a.subtitle)}` : null,
    a.dateline ? `Dateline:  ${oneLine(a.dateline)}` : null,
    a.byline ? `Byline:    ${oneLine(a.byline)}` : null,
    a.sourceName ? `Source:    ${oneLine(a.sourceName)}` : null,
    a.url ? `URL:       ${oneLine(a.url)}` : null,
    a.publishedAt ? `Published: ${oneLine(a.publishedAt)}` : null,
    `Language:  ${oneLine(a.language ?? 'unknown')}`,
    a.category ? `Category:  ${oneLine(a.category)}` : null,
    `Revision:  ${a.revision}`,
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}

export function formatClaim(c: Claim, scale: VerdictScale): string {
  return [
    `Claim #${c.id} (rev ${c.revision})${c.orphaned ? ' [orphaned: quote no longer found]' : ''}`,
    `  Quote:     "${oneLine(c.quote.exact)}"  [${c.part === 'body' ? '' : `${c.part} `}${c.position.start}–${c.position.end}]`,
    `  Claim:     ${oneLine(c.claimReviewed)}`,
    `  Claimant:  ${oneLine(c.claimant ?? '—')}`,
    `  Date:      ${oneLine(c.claimDate ?? '—')}`,
    `  Verdict:   ${verdictLabel(scale, c.verdict)}`,
    `  Status:    ${CLAIM_STATUS_LABELS[c.status]}`,
    c.publishedAt ? `  Published: ${oneLine(c.publishedAt.slice(0, 10))} by ${oneLine(c.publishedBy ?? '—')} at ${oneLine(c.publishedUrl ?? '—')}` : null,
    c.modifiedAt ? `  Corrected: ${oneLine(c.modifiedAt.slice(0, 10))}` : null,
    c.rationale ? `  Rationale: ${oneLine(c.rationale)}` : null,
  ]
    .filter((l): l is string => l !== null)
    .join('\n');
}

export function formatSource(s: Source): string {
  return `    Source #${s.id} (${s.stance}): ${oneLine(s.title ?? s.url)}${s.title ? ` <${oneLine(s.url)}>` : ''}`;
}

export function formatDetail(d: ArticleDetail, scale: VerdictScale): string {
  const parts = [formatArticle(d.article), '', d.article.text, ''];
  if (d.claims.length === 0) parts.push('No claims yet.');
  for (const c of d.claims) {
    parts.push(formatClaim(c, scale));
    for (const s of d.sources.filter((x) => x.claimId === c.id)) parts.push(formatSource(s));
  }
  return parts.join('\n');
}

/** Numbers as the user's locale writes them (LANG / LC_ALL): 4,000 or 4.000. */
const count = (n: number): string => new Intl.NumberFormat().format(n);

/**
 * The line that ends a cut list, e.g. "500 of 4,000 articles shown. Next: --offset 500, or --all
 * for every one."; null when the whole list was printed.
 */
export function listFooter(shown: number, total: number, offset: number, search: string | undefined): string | null {
  if (shown >= total) return null;
  if (shown === 0) return `No articles from --offset ${count(offset)}: the list has ${count(total)}.`;
  const what = `article${total === 1 ? '' : 's'}${search === undefined ? '' : ` matching “${search}”`}`;
  const range = offset === 0 ? '' : ` (${count(offset + 1)}–${count(offset + shown)})`;
  const next = offset + shown < total ? ` Next: --offset ${offset + shown}, or --all for every one.` : '';
  return `${count(shown)} of ${count(total)} ${what} shown${range}.${next}`;
}
