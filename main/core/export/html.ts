// The self-contained HTML claim report: inline CSS, no scripts, nothing loaded from anywhere
// (a CSP meta forbids it), printable. Every piece of data passes through escapeHtml; links are
// only made for http(s) URLs; verdict colours only reach CSS after safeCssColor.
import type { Article, Claim, Correction, Source } from '@common/domain/types';
import type { ReportInput } from './types';
import type { ReportedArticle, ReportedClaim } from './report-model';
import { countClaims, oneLine, quoteInContext, reportArticles, reviewerOf } from './report-model';
import { choice, Markup, reportText, type MessageValue, type ReportText } from './report-text';
import type { Evidence } from '@common/domain/evidence';
import { safeHttpUrl } from '@common/domain/http-url';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text and attribute values alike (all five characters, so either context is safe). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

export function link(text: string, url: string | null): string {
  const href = safeHttpUrl(url);
  if (href === null) return escapeHtml(text);
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

export function paragraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`)
    .join('\n');
}

// BCP 47-ish language tag; anything else is left out rather than escaped into an attribute.
export function langAttr(language: string | null): string {
  return language && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(language) ? ` lang="${language}"` : '';
}

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

// Print rules, and why:
// - Paper keeps the screen's font size (15px, 11.25pt): a different size makes Chromium shape every
//   line of the report again before printing (about a second for 1,000 claims).
// - Claims may break across pages: kept whole, every claim that did not fit was pushed to a new
//   page, leaving up to half a page blank (1,000 claims took 1,000 pages). Headings stay with what
//   follows them; headings, the quote, the facts and each source stay in one piece; a continued
//   claim keeps its border on both pages.
// - Square corners on paper, for claims, quotes, verdicts and their swatches: rounded corners on a
//   box whose left border is wider than the others cost Chromium's PDF output about 0.4 s per 1,000
//   claims, and each rounded verdict pill and swatch is a path of its own in the PDF (a 1,000-claim
//   report: 4.6 MB with them, 3.3 MB without).
export const STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5a6272; --rule: #d8dce3; }
* { box-sizing: border-box; }
body { font: 15px/1.5 ${FONT_FAMILY};
  color: var(--ink); max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .25rem; border-bottom: 2px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
h4 { font-size: .9rem; margin: 1rem 0 .25rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
a { color: #1a56b0; overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.claim { border: 1px solid var(--rule); border-left: 6px solid var(--verdict, #9aa1ad); border-radius: 6px;
  padding: 1rem 1.25rem; margin: 1.25rem 0; }
.quote { margin: 0 0 .75rem; padding: .5rem .75rem; background: #f5f6f8; border-radius: 4px; color: #394150; }
.quote mark { background: #fff1a8; color: inherit; font-weight: 600; padding: 0 .1em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
dt { color: var(--muted); }
dd { margin: 0; }
.verdict { display: inline-block; font-weight: 700; padding: 0 .5rem; border-radius: 999px;
  border: 2px solid var(--verdict, #9aa1ad); }
.swatch { display: inline-block; width: .7em; height: .7em; border-radius: 50%; margin-right: .35em;
  background: var(--verdict, #9aa1ad); vertical-align: baseline; }
.orphaned { color: #8a4b00; font-style: italic; }
.sources { margin: .25rem 0 0; padding-left: 1.25rem; }
.stance { font-weight: 600; }
.stance-supports { color: #1d6b32; } .stance-refutes { color: #a4262c; } .stance-context { color: var(--muted); }
.excerpt { color: #394150; }
.corrections { margin: .25rem 0 0; padding-left: 1.25rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); padding-top: .5rem; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: underline; }
  /* On paper a link is only useful with its address. */
  .sources a[href]::after, .meta a[href]::after { content: " <" attr(href) ">"; font-size: 85%; color: var(--muted); }
  /* A claim may continue on the next page, but never right after a heading. */
  h2, h3, h4, article > .meta { break-after: avoid-page; }
  h2, h3, h4, .quote, dl, li { break-inside: avoid-page; }
  p { orphans: 3; widows: 3; }
  .claim { -webkit-box-decoration-break: clone; box-decoration-break: clone; }
  .claim, .quote, .verdict, .swatch { border-radius: 0; }
  footer { display: none; }
}
`.trim();

const MARGIN_BOX = `font: 8pt/1.2 ${FONT_FAMILY}; color: #5a6272;`;

/**
 * Paper size, margins and the footer ("Report date: …" and "Page X of Y", in the report's
 * language) live in the HTML, so Electron's printToPDF and headless Chromium print the same pages,
 * and neither needs footer templates (a separate small document Chromium lays out for every page).
 * Margin boxes need Chromium 131 or later (Electron 45 has 140); Chrome's own print dialog shows
 * them too, browsers without them print the pages without the footer.
 */
export function pageStyle(text: ReportText, reportDate: string): string {
  // The page numbers are CSS counters: the message is formatted around two stand-ins, and each
  // stretch of words between them becomes a CSS string.
  const page = text.message('report.page', { page: new Markup('\u0001page\u0001'), pages: new Markup('\u0001pages\u0001') }, (s) => s);
  const content = page
    .split('\u0001')
    .map((piece, i) => (i % 2 === 1 ? `counter(${piece})` : piece === '' ? '' : cssString(piece)))
    .filter((piece) => piece !== '')
    .join(' ');
  return [
    '@page { size: A4; margin: 16mm 14mm 18mm;',
    `  @bottom-left { content: ${cssString(text.message('report.date', { date: text.date(reportDate) }, (s) => s))}; ${MARGIN_BOX} }`,
    `  @bottom-right { content: ${content}; ${MARGIN_BOX} } }`,
  ].join('\n');
}

/** A CSS string literal: anything but letters, digits and a little punctuation as an escape, so no
 * value can end the string, the rule or the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[^A-Za-z0-9 .,:_-]/gu, (c) => `\\${(c.codePointAt(0) ?? 0xfffd).toString(16)} `)}"`;
}

/** A message of the reports catalogue as HTML: its words and user values escaped, markup kept. */
export type Html = (key: string, values?: Record<string, MessageValue>) => string;

export function htmlMessages(text: ReportText): Html {
  return (key, values = {}) => text.message(key, values, escapeHtml);
}

export function renderHtml(input: ReportInput): string {
  const articles = reportArticles(input);
  const text = reportText(input.language);
  const html = htmlMessages(text);
  const org = input.organisation.name;
  const title = text.message('report.documentTitle', { withOrganisation: choice(!!org), organisation: org ?? '', date: text.date(input.reportDate) }, (s) => s);
  const summary = [
    ...(org ? [link(org, input.organisation.url)] : []),
    html('report.date', { date: new Markup(dateTag(text, input.reportDate)) }),
    html('report.summary', { claims: countClaims(articles), articles: articles.length }),
  ].join(' · ');
  return [
    ...documentHead({ lang: langAttr(input.language), csp: REPORT_CSP, title, style: `${STYLE}\n${pageStyle(text, input.reportDate)}` }),
    '<body>',
    '<header>',
    `<h1>${html('report.heading')}</h1>`,
    `<p class="meta">${summary}</p>`,
    '</header>',
    '<main>',
    ...articles.map((a) => articleSection(a, text)),
    '</main>',
    `<footer>${html('report.footer')}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The start of a self-contained report document, up to its body. */
export function documentHead(head: { lang: string; csp: string; title: string; style: string }): string[] {
  return [
    '<!DOCTYPE html>',
    `<html${head.lang}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(head.csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(head.title)}</title>`,
    `<style>\n${head.style}\n</style>`,
    '</head>',
  ];
}

function articleSection({ article, claims }: ReportedArticle, text: ReportText): string {
  const html = htmlMessages(text);
  const source = article.sourceName ?? article.url;
  const meta = [
    `${html('article.source')}: ${source === null ? html('notRecorded') : article.url ? link(source, article.url) : escapeHtml(source)}`,
    `${html('article.published')}: ${article.publishedAt ? escapeHtml(text.date(article.publishedAt)) : html('notRecorded')}`,
    ...(article.byline ? [`${html('article.byline')}: ${escapeHtml(oneLine(article.byline))}`] : []),
  ].join(' · ');
  return [
    `<article id="article-${article.id}">`,
    `<h2${langAttr(article.language)}>${escapeHtml(oneLine(article.title))}</h2>`,
    `<p class="meta">${meta}</p>`,
    ...claims.map((c) => claimSection(c, article, text)),
    '</article>',
  ].join('\n');
}

function claimSection(c: ReportedClaim, article: Article, text: ReportText): string {
  const { claim } = c;
  const html = htmlMessages(text);
  const { language } = article;
  const colour = c.verdict?.color ? ` style="--verdict: ${c.verdict.color}"` : '';
  const q = quoteInContext(article, claim);
  const orNot = (value: string | null): string => (value === null ? html('notRecorded') : escapeHtml(oneLine(value)));
  const facts: Array<[string, string]> = [
    ['claim.claimant', orNot(claim.claimant)],
    ['claim.claimDate', claim.claimDate ? dateTag(text, claim.claimDate) : html('notRecorded')],
    [
      'claim.verdict',
      c.verdict
        ? `<span class="verdict"><span class="swatch"></span>${escapeHtml(oneLine(c.verdict.label))}</span>`
        : html('claim.noVerdict'),
    ],
    ['claim.status', escapeHtml(text.status(claim.status))],
    ['claim.reviewer', orNot(reviewerOf(claim))],
    ...(claim.approvedBy ? [['claim.approvedBy', escapeHtml(oneLine(claim.approvedBy))] as [string, string]] : []),
    ...publicationFacts(claim, text),
  ];
  const parts = [
    `<section class="claim" id="claim-${c.key}"${colour}>`,
    `<h3>${html('claim.heading', { number: c.number, claim: oneLine(claim.claimReviewed) })}</h3>`,
    // Body quotes are the usual case and stay unlabelled; a headline or teaser quote says so.
    ...(claim.part === 'body' ? [] : [`<p class="quote-part">${escapeHtml(text.part(claim.part))}:</p>`]),
    `<blockquote class="quote"${langAttr(language)}>${q.leadingCut ? '…' : ''}${escapeHtml(q.prefix)}<mark>${escapeHtml(
      q.exact,
    )}</mark>${escapeHtml(q.suffix)}${q.trailingCut ? '…' : ''}</blockquote>`,
  ];
  if (claim.orphaned) parts.push(`<p class="orphaned">${html('claim.orphaned')}</p>`);
  parts.push('<dl>', ...facts.map(([k, v]) => `<dt>${html(k)}</dt><dd>${v}</dd>`), '</dl>');
  if (claim.rationale && claim.rationale.trim() !== '') {
    parts.push(`<h4>${html('claim.rationale')}</h4>`, `<div class="rationale">\n${paragraphs(claim.rationale)}\n</div>`);
  }
  if (c.sources.length > 0) {
    parts.push(`<h4>${html('claim.sources')}</h4>`, '<ol class="sources">', ...c.sources.map((s) => sourceItem(text, s, c.preserved.filter((p) => p.sourceId === s.id))), '</ol>');
  }
  parts.push(...correctionLog(text, c.corrections), '</section>');
  return parts.join('\n');
}

function preservedItem(text: ReportText, e: Evidence): string {
  const copy = htmlMessages(text)('preserved.copy', {
    kind: text.kind(e.kind),
    withName: choice(!!e.fileName),
    name: oneLine(e.fileName ?? ''),
    mediaType: oneLine(e.mediaType),
    size: e.size,
    at: text.moment(e.capturedAt),
    hash: new Markup(`<code>${escapeHtml(e.sha256)}</code>`),
  });
  return `<li class="preserved">${copy}</li>`;
}

/** When and where the claim's fact-check was published (label key, HTML), and when it was last corrected. */
function publicationFacts(claim: Claim, text: ReportText): Array<[string, string]> {
  const facts: Array<[string, string]> = [];
  if (claim.publishedAt) {
    const date = new Markup(dateTag(text, claim.publishedAt));
    const published = claim.publishedUrl
      ? htmlMessages(text)('claim.publishedAt', { date, address: new Markup(link(claim.publishedUrl, claim.publishedUrl)) })
      : date.text;
    facts.push(['claim.published', published]);
  }
  if (claim.modifiedAt) facts.push(['claim.corrected', dateTag(text, claim.modifiedAt)]);
  return facts;
}

/** A date (the day of a timestamp) as a <time> element, shown in the report's language. */
export function dateTag(text: ReportText, at: string): string {
  const day = at.length > 10 ? at.slice(0, 10) : at;
  return `<time datetime="${escapeHtml(day)}">${escapeHtml(text.date(at))}</time>`;
}

/** The corrections of a published claim, dated, as readers must see them (IFCN). */
export function correctionLog(text: ReportText, corrections: Correction[]): string[] {
  if (corrections.length === 0) return [];
  const html = htmlMessages(text);
  return [
    `<h4>${html('claim.corrections')}</h4>`,
    '<ul class="corrections">',
    ...corrections.map((k) => `<li>${html('claim.correction', { date: new Markup(dateTag(text, k.at)), note: oneLine(k.note).trim() })}</li>`),
    '</ul>',
  ];
}

/** A source as a list item, with the copies of it the desk preserved (capture time, SHA-256). */
export function sourceItem(text: ReportText, s: Source, preserved: readonly Evidence[] = []): string {
  const parts = [
    `<span class="stance stance-${escapeHtml(s.stance)}">${escapeHtml(text.stance(s.stance))}</span>:`,
    link(oneLine(s.title ?? s.url), s.url),
  ];
  const about = [s.publisher, s.date && text.date(s.date)].filter((x): x is string => !!x).map((x) => escapeHtml(oneLine(x)));
  if (about.length > 0) parts.push(`(${about.join(', ')})`);
  if (s.excerpt) parts.push(`— <q class="excerpt">${escapeHtml(oneLine(s.excerpt).trim())}</q>`);
  if (s.archiveUrl) parts.push(`— ${link(text.word('source.archived'), s.archiveUrl)}`);
  const copies = preserved.length > 0 ? `<ul class="preserved-copies">${preserved.map((e) => preservedItem(text, e)).join('')}</ul>` : '';
  return `<li>${parts.join(' ')}${copies}</li>`;
}
