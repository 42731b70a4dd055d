// The desk's public fact-check page (`--template public`): the organisation's name and logo, and
// for each claim its verdict badge, rationale, sources and dated corrections, nothing of the
// review's inner workings (reviewers, statuses, quotes in context). Self-contained like the
// review report: every text through escapeHtml, links only to http(s), no scripts; the one thing
// it may load is the logo, from its own address (the CSP names that origin alone).
import { parseHttpUrl, safeHttpUrl } from '@common/domain/http-url';
import type { ReportInput } from './types';
import type { ReportedArticle, ReportedClaim } from './report-model';
import { oneLine, reportArticles } from './report-model';
import { correctionLog, dateTag, documentHead, escapeHtml, htmlMessages, langAttr, link, pageStyle, paragraphs, REPORT_CSP, sourceItem, STYLE } from './html';
import { choice, Markup, reportText, type ReportText } from './report-text';

const PUBLIC_STYLE = `
.org { display: flex; align-items: center; gap: .75rem; }
.org img { max-height: 3rem; max-width: 12rem; }
.badge { display: inline-block; font-weight: 700; padding: .1rem .75rem; border-radius: 999px;
  border: 2px solid var(--verdict, #9aa1ad); }
.fact-check h2 { border: none; margin: 0 0 .5rem; }
.said { color: var(--muted); margin: 0 0 .5rem; }
`.trim();

export function renderPublicHtml(input: ReportInput): string {
  const text = reportText(input.language);
  const html = htmlMessages(text);
  const org = input.organisation.name;
  const logo = safeHttpUrl(input.organisation.logoUrl);
  const logoOrigin = logo === null ? null : parseHttpUrl(logo)?.origin ?? null;
  // The review report loads nothing; the public page may show the desk's logo, from its origin only.
  const csp = logoOrigin === null ? REPORT_CSP : REPORT_CSP.replace("img-src data:", `img-src data: ${logoOrigin}`);
  const checks = reportArticles(input).flatMap((a) => a.claims.filter((c) => c.verdict !== null).map((c) => factCheck(a, c, text)));
  const title = text.message('public.documentTitle', { withOrganisation: choice(!!org), organisation: org ?? '' }, (s) => s);
  return [
    ...documentHead({ lang: langAttr(input.language), csp, title, style: `${STYLE}\n${PUBLIC_STYLE}\n${pageStyle(text, input.reportDate)}` }),
    '<body>',
    '<header class="org">',
    ...(logo === null ? [] : [`<img src="${escapeHtml(logo)}" alt="${escapeHtml(org ?? '')}">`]),
    `<h1>${org ? link(org, input.organisation.url) : html('public.heading')}</h1>`,
    '</header>',
    '<main>',
    ...checks,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function factCheck({ article }: ReportedArticle, c: ReportedClaim, text: ReportText): string {
  const html = htmlMessages(text);
  const { claim } = c;
  const colour = c.verdict?.color ? ` style="--verdict: ${c.verdict.color}"` : '';
  const said = html('public.said', {
    withClaimant: choice(!!claim.claimant),
    claimant: oneLine(claim.claimant ?? ''),
    withDate: choice(!!claim.claimDate),
    date: new Markup(claim.claimDate ? dateTag(text, claim.claimDate) : ''),
    article: new Markup(link(oneLine(article.title), article.url)),
  });
  const dates = [
    ...(claim.publishedAt ? [html('public.published', { date: new Markup(dateTag(text, claim.publishedAt)) })] : []),
    ...(claim.modifiedAt ? [html('public.corrected', { date: new Markup(dateTag(text, claim.modifiedAt)) })] : []),
  ].join(' · ');
  const badge = new Markup(`<span class="badge">${escapeHtml(oneLine(c.verdict?.label ?? ''))}</span>`);
  const parts = [
    `<article class="claim fact-check" id="claim-${c.key}"${colour}>`,
    `<h2${langAttr(article.language)}>${escapeHtml(oneLine(claim.claimReviewed))}</h2>`,
    `<p class="said">${said}</p>`,
    `<p>${html('public.verdict', { verdict: badge })}</p>`,
    ...(dates ? [`<p class="meta">${dates}</p>`] : []),
  ];
  if (claim.rationale && claim.rationale.trim() !== '') {
    parts.push(`<h3>${html('public.rationale')}</h3>`, `<div class="rationale">\n${paragraphs(claim.rationale)}\n</div>`);
  }
  if (c.sources.length > 0) {
    parts.push(`<h3>${html('claim.sources')}</h3>`, '<ol class="sources">', ...c.sources.map((s) => sourceItem(text, s, c.preserved.filter((p) => p.sourceId === s.id))), '</ol>');
  }
  parts.push(...correctionLog(text, c.corrections), '</article>');
  return parts.join('\n');
}
