// The CSV claim list: one row per claim, for LibreOffice and Excel. UTF-8 with a BOM (Excel
// otherwise guesses a legacy code page), CRLF rows, RFC 4180 quoting, and a guard against
// formula injection: a text cell that a spreadsheet would evaluate gets a leading apostrophe.
import type { ReportInput } from './types';
import { reportArticles, reviewerOf, STANCE_LABELS } from './report-model';

const HEADER = [
  'Article ID',
  'Headline',
  'Source',
  'Article URL',
  'Published',
  'Claim ID',
  'Part',
  'Quote',
  'Claim reviewed',
  'Claimant',
  'Claim date',
  'Verdict',
  'Rating value',
  'Rationale',
  'Status',
  'Reviewer',
  'Approved by',
  'Created by',
  'Orphaned',
  'Sources',
];

type Cell = string | number | null;

// OWASP's list: =, +, -, @ start formulas; tab and CR can precede them after trimming.
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** One RFC 4180 field. Numbers we generate ourselves are written bare; all text is guarded and quoted. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // One line-break convention inside cells, whatever the text was typed with.
  const text = value.replace(/\r\n?/g, '\n');
  const guarded = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${guarded.replace(/"/g, '""')}"`;
}

export function renderCsv(input: ReportInput): string {
  const rows: Cell[][] = [HEADER];
  for (const { article, claims } of reportArticles(input)) {
    for (const c of claims) {
      const { claim } = c;
      rows.push([
        article.id,
        article.title,
        article.sourceName,
        article.url,
        article.publishedAt,
        claim.id,
        claim.part, // the key (headline, teaser, body): a column to filter on, in every language
        claim.quote.exact,
        claim.claimReviewed,
        claim.claimant,
        claim.claimDate,
        c.verdict?.label ?? null,
        c.verdict?.ratingValue ?? null,
        claim.rationale,
        c.statusLabel,
        reviewerOf(claim),
        claim.approvedBy,
        claim.createdBy,
        claim.orphaned ? 'yes' : 'no',
        c.sources
          .map((s) => `${STANCE_LABELS[s.stance] ?? s.stance}: ${s.title ? `${s.title} ` : ''}<${s.url}>`)
          .join(' | '),
      ]);
    }
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
