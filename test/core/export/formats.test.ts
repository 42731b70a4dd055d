// Markdown, HTML and CSV as a reader's program sees them, and renderReport's contract.
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderCsv, renderHtml, renderMarkdown, renderReport } from '../../../main/core/export';
import { FactdeskError } from '@common/domain/errors';
import { parseCsv } from './csv-parse';
import { OCTOBER_QUOTE, sampleReport } from './sample-report';

describe('HTML report', () => {
  const html = renderHtml(sampleReport());
  const doc = new JSDOM(html).window.document;

  it('is one self-contained file: inline CSS, strict CSP, no scripts, nothing loaded', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).toContain('img-src data:');
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed, base, form').length).toBe(0);
    expect(doc.querySelectorAll('[src]').length).toBe(0);
    expect(html).not.toMatch(/url\(|@import/);
    expect(html).toContain('@media print');
  });

  it('brings its own page: A4, margins, the report date and "Page X of Y" in the footer', () => {
    const page = html.match(/@page \{[^]*?\} \}/)?.[0] ?? '';
    expect(page).toMatch(/size: A4; margin: 16mm 14mm 18mm;/);
    expect(page).toMatch(/@bottom-left \{ content: "Report date: 5 February 2024";/);
    expect(page).toMatch(/@bottom-right \{ content: "Page " counter\(page\) " of " counter\(pages\);/);
  });

  it('lets claims continue on the next page but keeps headings with what follows', () => {
    const print = html.slice(html.indexOf('@media print'));
    expect(print).not.toMatch(/\.claim \{[^}]*break-inside/);
    expect(print).toMatch(/h2, h3, h4, article > \.meta \{ break-after: avoid-page; \}/);
    expect(print).toMatch(/h2, h3, h4, \.quote, dl, li \{ break-inside: avoid-page; \}/);
  });

  it('shows headline, source, date, quote in context and every claim field', () => {
    const claim = doc.querySelector('section.claim');
    expect(doc.querySelector('h2')?.textContent).toMatch(/^Putin und Lukaschenko treffen sich/);
    expect(doc.querySelector('article .meta')?.textContent).toContain('29 January 2024');
    expect(claim?.querySelector('mark')?.textContent).toBe(OCTOBER_QUOTE);
    const facts = Object.fromEntries(
      [...(claim?.querySelectorAll('dt') ?? [])].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(facts).toEqual({
      Claimant: 'Alexander Lukaschenko',
      'Claim date': '25 December 2023',
      Verdict: 'Mostly true',
      Status: 'Published',
      Published: '3 February 2024 at https://factcheck.example.org/checks/1-atomwaffen-belarus',
      Reviewer: 'Anna Berger',
      'Approved by': 'Jonas Keller',
    });
    const source = claim?.querySelector('.sources li');
    expect(source?.textContent).toMatch(/^Supports: Statement on the transfer/);
    expect(source?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/belarus/nuclear-deployment-statement');
  });

  it('colours the claim with its verdict colour from the scale', () => {
    expect(doc.querySelector('section.claim')?.getAttribute('style')).toBe('--verdict: #6fa83a');
  });

  it('drops a verdict colour that is not a plain CSS colour', () => {
    const input = sampleReport();
    input.scale = {
      ...input.scale,
      verdicts: input.scale.verdicts.map((v) => ({ ...v, color: 'red; background: url(https://evil.example/x)' })),
    };
    const out = renderHtml(input);
    expect(out).not.toContain('evil.example');
    expect(new JSDOM(out).window.document.querySelector('section.claim')?.hasAttribute('style')).toBe(false);
  });
});

describe('Markdown report', () => {
  const md = renderMarkdown(sampleReport());

  it('renders to the same facts in a Markdown renderer', () => {
    const doc = new JSDOM(marked.parse(md, { async: false })).window.document;
    expect(doc.querySelector('h2')?.textContent).toMatch(/^Putin und Lukaschenko treffen sich/);
    expect(doc.querySelector('blockquote strong')?.textContent).toBe(OCTOBER_QUOTE);
    const items = [...doc.querySelectorAll('ul li')].map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        'Claimant: Alexander Lukaschenko',
        'Claim date: 25 December 2023',
        'Verdict: Mostly true',
        'Status: Published',
        'Published: 3 February 2024 at https://factcheck.example.org/checks/1-atomwaffen-belarus',
        'Reviewer: Anna Berger',
        'Approved by: Jonas Keller',
      ]),
    );
    expect(doc.querySelector('ol li a')?.getAttribute('href')).toBe('https://example.org/belarus/nuclear-deployment-statement');
  });
});

describe('CSV', () => {
  const csv = renderCsv(sampleReport());

  it('is UTF-8 with BOM, CRLF rows and one row per claim', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(record).toMatchObject({
      'Claim ID': '1',
      Part: 'body',
      Quote: OCTOBER_QUOTE,
      Claimant: 'Alexander Lukaschenko',
      Verdict: 'Mostly true',
      'Rating value': '4',
      Status: 'Published',
      Sources:
        'Supports: Statement on the transfer of tactical nuclear weapons (fixture source) <https://example.org/belarus/nuclear-deployment-statement>',
    });
    expect(record.Rationale).toContain('\n\nIndependent observers');
  });

  it('says which part of the article a claim quotes (a headline claim is not a body claim)', () => {
    const input = sampleReport();
    const article = input.articles[0]!;
    const headline = { ...article.claims[0]!, part: 'headline' as const };
    const rows = parseCsv(renderCsv({ ...input, articles: [{ ...article, claims: [headline] }] }).slice(1));
    expect(rows[1]![rows[0]!.indexOf('Part')]).toBe('headline');
  });
});

describe('renderReport', () => {
  it('names files by scope and report date and labels their media type', async () => {
    const r = await renderReport('annotations', sampleReport());
    expect(r.fileName).toBe('factdesk-article-1-2024-02-05.annotations.jsonld');
    expect(r.mimeType).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    expect((await renderReport('csv', sampleReport())).mimeType).toBe('text/csv; charset=utf-8');
  });

  it('refuses a PDF when no printer is given', async () => {
    await expect(renderReport('pdf', sampleReport())).rejects.toBeInstanceOf(FactdeskError);
  });

  it('hands the HTML report, footer included, to the PDF printer and returns base64', async () => {
    const calls: string[] = [];
    const result = await renderReport('pdf', sampleReport(), {
      printPdf: async (html) => {
        calls.push(html);
        return new TextEncoder().encode('%PDF-fake');
      },
    });
    expect(calls).toEqual([renderHtml(sampleReport())]);
    expect(result).toMatchObject({ encoding: 'base64', mimeType: 'application/pdf', fileName: 'factdesk-article-1-2024-02-05.pdf' });
    expect(Buffer.from(result.content, 'base64').toString()).toBe('%PDF-fake');
  });
});
