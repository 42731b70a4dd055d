// The Markdown claim report. Every piece of article or user text is escaped so that a Markdown
// renderer (CommonMark/GFM) shows it as text: no emphasis, links, headings or raw HTML from data.
import type { ReportInput } from './types';
import type { ReportedArticle, ReportedClaim } from './report-model';
import { countClaims, oneLine, quoteInContext, reportArticles, reviewerOf } from './report-model';
import { choice, Markup, reportText, type MessageValue, type ReportText } from './report-text';
import type { Evidence } from '@common/domain/evidence';
import { safeHttpUrl } from '@common/domain/http-url';
import type { Article, Source } from '@common/domain/types';

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
  const text = reportText(input.language);
  const md = (key: string, values: Record<string, MessageValue> = {}): string => text.message(key, values, mdEscape);
  const out: string[] = [`# ${md('report.heading')}`, ''];
  const header = [md('report.date', { date: mdDate(text, input.reportDate) })];
  if (input.organisation.name) header.unshift(md('report.organisation', { organisation: new Markup(mdLink(input.organisation.name, input.organisation.url)) }));
  header.push(md('report.summary', { claims: countClaims(articles), articles: articles.length }));
  out.push(header.join(' · '), '');
  for (const a of articles) out.push(...articleSection(a, text, md));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

type Md = (key: string, values?: Record<string, MessageValue>) => string;

/**
 * Text the report formatted itself (an Intl date), always placed inside a line: escaped as inline
 * text, so "29. Januar" does not get the backslash a list marker at the start of a line needs.
 */
function mdInline(formatted: string): Markup {
  return new Markup(mdEscape(`x${formatted}`).slice(1));
}

const mdDate = (text: ReportText, iso: string): Markup => mdInline(text.date(iso));

function articleSection({ article, claims }: ReportedArticle, text: ReportText, md: Md): string[] {
  const out = [`## ${mdEscape(oneLine(article.title))}`, ''];
  const notRecorded = md('notRecorded');
  const source = article.sourceName ?? article.url;
  out.push(`- ${md('article.source')}: ${source === null ? notRecorded : article.url ? mdLink(source, article.url) : mdEscape(source)}`);
  out.push(`- ${md('article.published')}: ${article.publishedAt ? mdDate(text, article.publishedAt).text : notRecorded}`);
  if (article.byline) out.push(`- ${md('article.byline')}: ${mdEscape(oneLine(article.byline))}`);
  out.push('');
  for (const c of claims) out.push(...claimSection(c, article, text, md));
  return out;
}

function claimSection(c: ReportedClaim, article: Article, text: ReportText, md: Md): string[] {
  const { claim } = c;
  const out = [`### ${md('claim.heading', { number: c.number, claim: oneLine(claim.claimReviewed) })}`, ''];
  const q = quoteInContext(article, claim);
  // Body quotes are the usual case and stay unlabelled; a headline or teaser quote says so.
  const where = claim.part === 'body' ? '' : `*${mdEscape(text.part(claim.part))}:* `;
  out.push(
    `> ${where}${q.leadingCut ? '…' : ''}${mdEscape(q.prefix)}**${mdEscape(q.exact)}**${mdEscape(q.suffix)}${q.trailingCut ? '…' : ''}`,
    '',
  );
  if (claim.orphaned) out.push(`*${md('claim.orphaned')}*`, '');
  const notRecorded = md('notRecorded');
  const field = (key: string, value: string | Markup | null): string =>
    `- ${md(key)}: ${value === null ? notRecorded : value instanceof Markup ? value.text : mdEscape(oneLine(value))}`;
  out.push(field('claim.claimant', claim.claimant));
  out.push(field('claim.claimDate', claim.claimDate && mdDate(text, claim.claimDate)));
  out.push(`- ${md('claim.verdict')}: ${c.verdict ? `**${mdEscape(oneLine(c.verdict.label))}**` : md('claim.noVerdict')}`);
  out.push(field('claim.status', text.status(claim.status)));
  out.push(field('claim.reviewer', reviewerOf(claim)));
  if (claim.approvedBy) out.push(field('claim.approvedBy', claim.approvedBy));
  if (claim.publishedAt) {
    const date = mdDate(text, claim.publishedAt);
    const published = claim.publishedUrl
      ? md('claim.publishedAt', { date, address: new Markup(mdLink(claim.publishedUrl, claim.publishedUrl)) })
      : date.text;
    out.push(`- ${md('claim.published')}: ${published}`);
  }
  if (claim.modifiedAt) out.push(field('claim.corrected', mdDate(text, claim.modifiedAt)));
  out.push('');
  if (claim.rationale && claim.rationale.trim() !== '') out.push(`**${md('claim.rationale')}**`, '', mdParagraphs(claim.rationale), '');
  if (c.sources.length > 0) {
    out.push(`**${md('claim.sources')}**`, '');
    c.sources.forEach((s, i) => {
      out.push(`${i + 1}. ${sourceLine(s, md, text)}`);
      // Preserved copies under their source: what was kept, when, and the hash to check it by.
      for (const e of c.preserved.filter((p) => p.sourceId === s.id)) out.push(`   - ${preservedLine(e, md, text)}`);
    });
    out.push('');
  }
  if (c.corrections.length > 0) {
    out.push(`**${md('claim.corrections')}**`, '');
    for (const k of c.corrections) out.push(`- ${md('claim.correction', { date: mdDate(text, k.at), note: oneLine(k.note).trim() })}`);
    out.push('');
  }
  return out;
}

function preservedLine(e: Evidence, md: Md, text: ReportText): string {
  return md('preserved.copy', {
    kind: text.kind(e.kind),
    withName: choice(!!e.fileName),
    name: oneLine(e.fileName ?? ''),
    mediaType: oneLine(e.mediaType),
    size: e.size,
    at: mdInline(text.moment(e.capturedAt)),
    hash: new Markup(`\`${e.sha256}\``),
  });
}

function sourceLine(s: Source, md: Md, text: ReportText): string {
  const parts = [`${mdEscape(text.stance(s.stance))}: ${mdLink(s.title ?? s.url, s.url)}`];
  const about = [...(s.publisher ? [mdEscape(oneLine(s.publisher))] : []), ...(s.date ? [mdDate(text, s.date).text] : [])];
  if (about.length > 0) parts.push(`(${about.join(', ')})`);
  if (s.excerpt) parts.push(`— ${md('source.excerpt', { excerpt: oneLine(s.excerpt).trim() })}`);
  if (s.archiveUrl) parts.push(`— ${mdLink(text.word('source.archived'), s.archiveUrl)}`);
  return parts.join(' ');
}
