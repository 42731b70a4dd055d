// The Markdown claim report. Every piece of article or user text is escaped so that a Markdown
// renderer (CommonMark/GFM) shows it as text: no emphasis, links, headings or raw HTML from data.
import type { ReportInput } from './types';
import type { ReportedArticle, ReportedClaim } from './report-model';
import { countClaims, oneLine, plural, PRESERVED_KIND_LABELS, quoteInContext, reportArticles, reviewerOf, STANCE_LABELS } from './report-model';
import type { Evidence } from '@common/domain/evidence';
import { safeHttpUrl } from '@common/domain/http-url';
import { CLAIM_PART_LABELS, type Article, type Source } from '@common/domain/types';

const NOT_RECORDED = 'not recorded';

/** Escapes inline text. Multi-line text goes through mdParagraphs, which calls this per line. */
export function mdEscape(text: string): string {
  return (
    text
      // Characters that start emphasis, code, links, raw HTML, entities, tables, strikethrough,
      // or (@) e-mail autolinks.
      .replace(/[\\`*_[\]<>&|~@]/g, '\\$&')
      // GFM turns bare "https://…" and "www.…" into links; only the report's own links may be links.
      .replace(/:\/\//g, '\\://')
      .replace(/\b(www)\./gi, '$1\\.')
      // At the start of a line: headings, list markers, block quotes, setext underlines.
      .replace(/^(\s*)([#+=>-])/gm, '$1\\$2')
      // Ordered list markers ("1." or "1)").
      .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
  );
}

/** A link destination CommonMark cannot misread: normalised, with delimiters percent-encoded. */
export function mdUrl(href: string): string {
  return href.replace(/[()<>[\]\\`"' ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A link for http(s) URLs; any other scheme is shown as escaped text, never as a link. */
export function mdLink(text: string, url: string | null): string {
  const href = safeHttpUrl(url);
  if (href === null) return url ? `${mdEscape(oneLine(text))} (${mdEscape(url)})` : mdEscape(oneLine(text));
  return `[${mdEscape(oneLine(text))}](${mdUrl(href)})`;
}

/** Paragraphs separated by blank lines; single line breaks become CommonMark hard breaks. */
function mdParagraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) =>
      p
        .split(/\r?\n/)
        .map((line) => mdEscape(line.trim()))
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

export function renderMarkdown(input: ReportInput): string {
  const articles = reportArticles(input);
  const out: string[] = ['# Claim report', ''];
  const header = [`Report date: ${input.reportDate}`];
  if (input.organisation.name) header.unshift(`Organisation: ${mdLink(input.organisation.name, input.organisation.url)}`);
  header.push(`${plural(countClaims(articles), 'claim')} in ${plural(articles.length, 'article')}`);
  out.push(header.join(' · '), '');
  for (const a of articles) out.push(...articleSection(a));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function articleSection({ article, claims }: ReportedArticle): string[] {
  const out = [`## ${mdEscape(oneLine(article.title))}`, ''];
  const source = article.sourceName ?? (article.url ? article.url : NOT_RECORDED);
  out.push(`- Source: ${article.url ? mdLink(source, article.url) : mdEscape(source)}`);
  out.push(`- Published: ${mdEscape(article.publishedAt ?? NOT_RECORDED)}`);
  if (article.byline) out.push(`- Byline: ${mdEscape(oneLine(article.byline))}`);
  out.push('');
  for (const c of claims) out.push(...claimSection(c, article));
  return out;
}

function claimSection(c: ReportedClaim, article: Article): string[] {
  const { claim } = c;
  const out = [`### Claim ${c.number}: ${mdEscape(oneLine(claim.claimReviewed))}`, ''];
  const q = quoteInContext(article, claim);
  // Body quotes are the usual case and stay unlabelled; a headline or teaser quote says so.
  const where = claim.part === 'body' ? '' : `*${CLAIM_PART_LABELS[claim.part]}:* `;
  out.push(
    `> ${where}${q.leadingCut ? '…' : ''}${mdEscape(q.prefix)}**${mdEscape(q.exact)}**${mdEscape(q.suffix)}${q.trailingCut ? '…' : ''}`,
    '',
  );
  if (claim.orphaned) out.push('*This claim\'s quote could no longer be found in the article\'s current text.*', '');
  out.push(`- Claimant: ${mdEscape(oneLine(claim.claimant ?? NOT_RECORDED))}`);
  out.push(`- Claim date: ${mdEscape(claim.claimDate ?? NOT_RECORDED)}`);
  out.push(`- Verdict: ${c.verdict ? `**${mdEscape(oneLine(c.verdict.label))}**` : 'none yet'}`);
  out.push(`- Status: ${mdEscape(c.statusLabel)}`);
  out.push(`- Reviewer: ${mdEscape(oneLine(reviewerOf(claim) ?? NOT_RECORDED))}`);
  if (claim.approvedBy) out.push(`- Approved by: ${mdEscape(oneLine(claim.approvedBy))}`);
  if (claim.publishedAt) {
    const where = claim.publishedUrl ? ` at ${mdLink(claim.publishedUrl, claim.publishedUrl)}` : '';
    out.push(`- Published: ${mdEscape(claim.publishedAt.slice(0, 10))}${where}`);
  }
  if (claim.modifiedAt) out.push(`- Corrected: ${mdEscape(claim.modifiedAt.slice(0, 10))}`);
  out.push('');
  if (claim.rationale && claim.rationale.trim() !== '') out.push('**Rationale**', '', mdParagraphs(claim.rationale), '');
  if (c.sources.length > 0) {
    out.push('**Sources**', '');
    c.sources.forEach((s, i) => {
      out.push(`${i + 1}. ${sourceLine(s)}`);
      // Preserved copies under their source: what was kept, when, and the hash to check it by.
      for (const e of c.preserved.filter((p) => p.sourceId === s.id)) out.push(`   - ${preservedLine(e)}`);
    });
    out.push('');
  }
  if (c.corrections.length > 0) {
    out.push('**Corrections**', '');
    for (const k of c.corrections) out.push(`- ${mdEscape(k.at.slice(0, 10))}: ${mdEscape(oneLine(k.note).trim())}`);
    out.push('');
  }
  return out;
}

function preservedLine(e: Evidence): string {
  const name = e.fileName ? ` ${mdEscape(oneLine(e.fileName))}` : '';
  return `${PRESERVED_KIND_LABELS[e.kind]}${name} (${mdEscape(oneLine(e.mediaType))}, ${e.size} bytes), captured ${mdEscape(oneLine(e.capturedAt))}, SHA-256 \`${e.sha256}\``;
}

function sourceLine(s: Source): string {
  const parts = [`${STANCE_LABELS[s.stance]}: ${mdLink(s.title ?? s.url, s.url)}`];
  const about = [s.publisher, s.date].filter((x): x is string => !!x).map((x) => mdEscape(oneLine(x)));
  if (about.length > 0) parts.push(`(${about.join(', ')})`);
  if (s.excerpt) parts.push(`— “${mdEscape(oneLine(s.excerpt).trim())}”`);
  if (s.archiveUrl) parts.push(`— ${mdLink('archived copy', s.archiveUrl)}`);
  return parts.join(' ');
}
