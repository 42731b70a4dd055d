// The PDF printed by headless Chromium from the HTML report: real text (pdftotext reads it),
// page numbers "Page X of Y" and the report date in every page's footer (from the HTML's own
// @page rule), and page breaks that neither waste pages nor strand a heading.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdfWithChromium, renderReport } from '../../../main/core/export';
import type { ReportInput } from '../../../main/core/export/types';
import { claimOn, OCTOBER_QUOTE, sampleReport } from './sample-report';

const dir = mkdtempSync(join(tmpdir(), 'factdesk-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PrintedPage {
  text: string;
  /** Bottom edge (PDF points from the top) of the lowest word above the footer. */
  contentBottom: number;
  height: number;
}

// The footer's margin box sits in the bottom margin (18mm, 51pt); body text ends above it.
const FOOTER_BAND = 51;

async function printed(input: ReportInput, name: string): Promise<{ bytes: Buffer; text: string; pages: PrintedPage[] }> {
  const result = await renderReport('pdf', input, { printPdf: printPdfWithChromium });
  const bytes = Buffer.from(result.content, 'base64');
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const texts = text.split('\f');
  const boxes = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = [...boxes.matchAll(/<page width="[\d.]+" height="([\d.]+)">([^]*?)<\/page>/g)].map((m, i) => {
    const height = Number(m[1]);
    const bottoms = [...(m[2] ?? '').matchAll(/yMax="([\d.]+)"/g)].map((w) => Number(w[1])).filter((y) => y < height - FOOTER_BAND);
    return { text: texts[i] ?? '', contentBottom: Math.max(0, ...bottoms), height };
  });
  return { bytes, text, pages };
}

/** Lines of a page's text above its footer line. */
function bodyLines(page: PrintedPage): string[] {
  const lines = page.text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.filter((l) => !/^Report date: .*Page \d+ of \d+$/.test(l));
}

const CHECKED = 'Geprüft anhand öffentlich zugänglicher Quellen. ';

/** The sample article with 40 more claims, every sixth with a rationale of several paragraphs. */
function longReport(): ReportInput {
  const input = sampleReport();
  const detail = input.articles[0]!;
  const words = ['Putin', 'Lukaschenko', 'Russland', 'Weißrussland', 'Moskaus', 'Kreml', 'Ukraine', 'Nato'];
  const extra = Array.from({ length: 40 }, (_, i) =>
    claimOn(detail.article, words[i % words.length]!, {
      id: 100 + i,
      verdict: i % 2 === 0 ? 'false' : 'unverifiable',
      rationale: i % 6 === 0 ? Array.from({ length: 6 }, () => CHECKED.repeat(9)).join('\n\n') : CHECKED.repeat(6),
      claimant: 'Ein Sprecher',
    }, 1),
  );
  return { ...input, articles: [{ ...detail, claims: [...detail.claims, ...extra] }] };
}

describe('PDF via headless Chromium', () => {
  it('prints the sample report as real text with page number and report date in the footer', async () => {
    const { bytes, text, pages } = await printed(sampleReport(), 'sample.pdf');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Claim report');
    expect(flat).toContain('Putin und Lukaschenko treffen sich in St. Petersburg');
    expect(flat).toContain(OCTOBER_QUOTE);
    expect(flat).toContain('Alexander Lukaschenko');
    expect(flat).toContain('Mostly true');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.text).toMatch(/Report date: 5 February 2024 +Page 1 of 1\n/);
    // A4 from the HTML's @page rule.
    expect(pages[0]!.height).toBeCloseTo(841.92, 0);
  }, 90_000);

  describe('a long report', () => {
    let long: Awaited<ReturnType<typeof printed>>;
    beforeAll(async () => {
      long = await printed(longReport(), 'long.pdf');
    }, 90_000);

    it('numbers every page "Page X of Y" next to the report date', () => {
      const { pages } = long;
      expect(pages.length).toBeGreaterThan(4);
      pages.forEach((page, i) => {
        expect(page.text).toMatch(new RegExp(`Report date: 5 February 2024 +Page ${i + 1} of ${pages.length}\\n`));
      });
    });

    it('continues a claim on the next page instead of leaving most of a page blank', () => {
      const { pages } = long;
      // Some page starts in the middle of a claim: its facts or rationale before any heading.
      const continued = pages.filter((p) => !/^(Claim \d+:|Putin und Lukaschenko)/.test(bodyLines(p)[0] ?? ''));
      expect(continued.length).toBeGreaterThan(0);
      for (const page of pages.slice(0, -1)) {
        expect(page.contentBottom / page.height).toBeGreaterThan(0.7);
      }
    });

    it('never leaves a heading alone at the bottom of a page', () => {
      const { pages } = long;
      for (const page of pages.slice(0, -1)) {
        expect(bodyLines(page).at(-1)).not.toMatch(/^(Claim \d+:|RATIONALE$|SOURCES$)/);
      }
    });
  });

  it('names the override when Chromium cannot be started', async () => {
    const saved = process.env.FACTDESK_CHROMIUM;
    process.env.FACTDESK_CHROMIUM = join(dir, 'no-such-chromium');
    try {
      await expect(printPdfWithChromium('<p>x</p>')).rejects.toThrow(/FACTDESK_CHROMIUM/);
    } finally {
      if (saved === undefined) delete process.env.FACTDESK_CHROMIUM;
      else process.env.FACTDESK_CHROMIUM = saved;
    }
  });
});
