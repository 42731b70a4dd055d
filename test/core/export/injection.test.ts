// Hostile text in every field a user or an imported article controls: HTML and Markdown must show
// it as text, CSV must not let a spreadsheet evaluate it, JSON-LD must stay valid and exact.
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  claimReviews,
  renderAnnotations,
  renderClaimReview,
  renderCsv,
  renderHtml,
  renderMarkdown,
} from '../../../main/core/export';
import type { ReportInput } from '../../../main/core/export/types';
import { activeContent } from './active-content';
import { parseCsv } from './csv-parse';
import { exportFailures } from './web-annotation-conformance';
import { claimOn, sampleArticle, sampleReport, sourceFor } from './sample-report';

const SCRIPT = '<script>alert("x")</script>';
const STYLE_BREAK = '</style><style>body{display:none}</style>';
const FORMULA = "=cmd|' /C calc'!A0";
const QUOTES = `"double" 'single' \`back\``;
const MARKDOWN = '**bold** _em_ [link](javascript:alert(1)) ![img](https://evil.example/i.png) <img src=x onerror=alert(1)>';
const BLOCKS = '# heading\n- item\n1. ordered\n> quoted\n    code\n===\n| a | b |\n|---|---|';
const EVIL = `${SCRIPT} ${STYLE_BREAK} ${FORMULA} ${QUOTES}`;

function hostileReport(): ReportInput {
  const base = sampleReport();
  const plain = sampleArticle();
  const quote = `${FORMULA} ${SCRIPT} ${QUOTES}`;
  const article = {
    ...plain,
    title: `${SCRIPT} Titel ${STYLE_BREAK} ${FORMULA}`,
    sourceName: `@SUM(1+1) ${SCRIPT}`,
    url: 'https://example.com/a?q="><script>alert(1)</script>',
    byline: STYLE_BREAK,
    text: `${plain.text}\n\n${quote} steht hier.`,
  };
  const claim = claimOn(article, quote, {
    id: 1,
    claimReviewed: `${FORMULA} ${EVIL}`,
    claimant: `+${SCRIPT}`,
    claimDate: '2023-12-25',
    verdict: 'false',
    rationale: `-${EVIL}\n${MARKDOWN}\n\n${BLOCKS}`,
    status: 'approved',
    verdictSetBy: `@${SCRIPT}`,
    approvedBy: `\t=1+1`,
    createdBy: QUOTES,
  });
  const sources = [
    sourceFor(claim, {
      id: 1,
      url: 'https://evil.example/"><script>alert(1)</script>',
      title: `${SCRIPT}${STYLE_BREAK}" onmouseover="alert(1)`,
      publisher: FORMULA,
      excerpt: MARKDOWN,
      stance: 'refutes',
      // Not reachable through the API (http/https only): the exporters must still refuse it.
      archiveUrl: 'javascript:alert(1)',
    }),
    sourceFor(claim, { id: 2, url: 'javascript:alert(2)', title: '=HYPERLINK("https://evil.example","click")' }),
  ];
  return {
    ...base,
    articles: [{ article, claims: [claim], sources }],
    organisation: { name: `${SCRIPT} Org`, url: 'javascript:alert(1)', logoUrl: 'javascript:alert(2)' },
    scale: {
      ...base.scale,
      verdicts: base.scale.verdicts.map((v) => ({ ...v, color: `red;}</style>${SCRIPT}` })),
    },
  };
}

describe('hostile text in exports', () => {
  const input = hostileReport();

  it('HTML: shows it as text, with one style element and no active content', () => {
    const html = renderHtml(input);
    const doc = new JSDOM(html).window.document;
    expect(activeContent(doc)).toEqual([]);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('style')?.textContent).not.toContain('alert');
    expect(doc.querySelector('h2')?.textContent).toBe(`${SCRIPT} Titel ${STYLE_BREAK} ${FORMULA}`);
    expect(doc.querySelector('h3')?.textContent).toBe(`Claim 1: ${FORMULA} ${EVIL}`);
    expect(doc.querySelector('.rationale')?.textContent).toContain(`-${EVIL}`);
    const sourceLink = doc.querySelector('.sources a');
    expect(sourceLink?.textContent).toBe(`${SCRIPT}${STYLE_BREAK}" onmouseover="alert(1)`);
    expect(sourceLink?.getAttribute('href')).toBe('https://evil.example/%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
    expect(doc.querySelector('section.claim')?.hasAttribute('style')).toBe(false);
    expect(html).not.toMatch(/<script/i);
  });

  it('HTML: a report date stays one CSS string in the page footer, whatever it holds', () => {
    // The service only passes YYYY-MM-DD; the escaping must not rely on that.
    const html = renderHtml({ ...input, reportDate: `2024"; } body { display: none } ${STYLE_BREAK} \\" ü` });
    const doc = new JSDOM(html).window.document;
    expect(activeContent(doc)).toEqual([]);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    const footer = doc.querySelector('style')?.textContent?.match(/@bottom-left \{ content: ("[^"]*"); /)?.[1] ?? '';
    expect(footer).toMatch(/^"(?:[A-Za-z0-9 .,:_-]|\\[0-9a-f]+ )*"$/);
    const unescaped = footer.slice(1, -1).replace(/\\([0-9a-f]+) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    expect(unescaped).toBe(`Report date: 2024"; } body { display: none } ${STYLE_BREAK} \\" ü`);
  });

  it('Markdown: a renderer shows it as text, not markup', () => {
    const md = renderMarkdown(input);
    const doc = new JSDOM(marked.parse(md, { async: false })).window.document;
    expect(activeContent(doc)).toEqual([]);
    const body = doc.body.textContent ?? '';
    for (const text of [
      SCRIPT,
      STYLE_BREAK,
      FORMULA,
      '**bold**',
      '_em_',
      '[link](javascript:alert(1))',
      '![img](https://evil.example/i.png)',
      '=HYPERLINK("https://evil.example","click")',
      '# heading',
      '| a | b |',
    ]) {
      expect(body, text).toContain(text);
    }
    // Only the report's own structure: one h1, the article's h2, the claim's h3.
    expect([...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName)).toEqual(['H1', 'H2', 'H3']);
    expect(doc.querySelectorAll('em, table, pre, code, del').length).toBe(0);
    const strong = [...doc.querySelectorAll('strong')].map((s) => s.textContent);
    expect(strong).toEqual([expect.stringContaining(FORMULA), 'False', 'Rationale', 'Sources']);
    // Only the links the report makes itself (article, source), none from text in the data.
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a?q=%22%3E%3Cscript%3Ealert%281%29%3C/script%3E',
      'https://evil.example/%22%3E%3Cscript%3Ealert%281%29%3C/script%3E',
    ]);
  });

  it('CSV: no cell starts with a formula character, and the text survives otherwise intact', () => {
    const rows = parseCsv(renderCsv(input).slice(1));
    const header = rows[0]!;
    const record = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]!]));
    for (const cell of rows.flat()) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(record['Claim reviewed']).toBe(`'${FORMULA} ${EVIL}`);
    expect(record.Quote).toBe(`'${FORMULA} ${SCRIPT} ${QUOTES}`);
    expect(record.Claimant).toBe(`'+${SCRIPT}`);
    expect(record.Reviewer).toBe(`'@${SCRIPT}`);
    expect(record['Approved by']).toBe(`'\t=1+1`);
    expect(record.Rationale?.startsWith(`'-${EVIL}`)).toBe(true);
    expect(record.Source).toBe(`'@SUM(1+1) ${SCRIPT}`);
  });

  it('ClaimReview: valid JSON with the exact text, safe inside a script block', () => {
    const text = renderClaimReview(input);
    expect(text).not.toMatch(/<\/?script/i);
    const parsed = JSON.parse(text) as Array<{ claimReviewed: string; url?: string; author: { name: string; url?: string } }>;
    expect(parsed).toEqual(claimReviews(input));
    expect(parsed[0]?.claimReviewed).toBe(`${FORMULA} ${EVIL}`);
    expect(parsed[0]?.author).toEqual({ '@type': 'Organization', name: `${SCRIPT} Org` });
    expect(parsed[0]).not.toHaveProperty('url');
  });

  it('Web Annotation: valid JSON with the exact text, still conforming, non-http sources left out', () => {
    const text = renderAnnotations(input);
    expect(text).not.toMatch(/<\/?script/i);
    const anno = JSON.parse(text) as {
      'schema:claimReviewed': string;
      body: Array<{ source?: { id: string }; 'factdesk:archiveUrl'?: string }>;
      target: { source: string; selector: Array<{ exact?: string }> };
    };
    expect(exportFailures(anno)).toEqual([]);
    expect(anno['schema:claimReviewed']).toBe(`${FORMULA} ${EVIL}`);
    expect(anno.target.selector[0]?.exact).toBe(`${FORMULA} ${SCRIPT} ${QUOTES}`);
    const links = anno.body.filter((b) => b.source).map((b) => b.source?.id);
    expect(links).toEqual(['https://evil.example/%22%3E%3Cscript%3Ealert(1)%3C/script%3E']);
    expect(anno.body.some((b) => b['factdesk:archiveUrl'])).toBe(false);
  });
});
