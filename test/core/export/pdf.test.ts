// The PDF printed by headless Chromium from the HTML report: real text (pdftotext reads it),
// page numbers "Page X of Y", and the report date in the footer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printPdfWithChromium, renderReport } from '../../../main/core/export';
import type { ReportInput } from '../../../main/core/export/types';
import { claimOn, OCTOBER_QUOTE, sampleReport } from './sample-report';

const dir = mkdtempSync(join(tmpdir(), 'factdesk-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfText(input: ReportInput, name: string): Promise<{ bytes: Buffer; text: string; pages: string[] }> {
  const result = await renderReport('pdf', input, { printPdf: printPdfWithChromium });
  const bytes = Buffer.from(result.content, 'base64');
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { bytes, text, pages: text.split('\f').filter((p) => p.trim() !== '') };
}

/** The sample article with 40 claims, enough for several pages. */
function longReport(): ReportInput {
  const input = sampleReport();
  const detail = input.articles[0]!;
  const words = ['Putin', 'Lukaschenko', 'Russland', 'Weißrussland', 'Moskaus', 'Kreml', 'Ukraine', 'Nato'];
  const extra = Array.from({ length: 40 }, (_, i) =>
    claimOn(detail.article, words[i % words.length]!, {
      id: 100 + i,
      verdict: i % 2 === 0 ? 'false' : 'unverifiable',
      rationale: 'Geprüft anhand öffentlich zugänglicher Quellen. '.repeat(6),
      claimant: 'Ein Sprecher',
    }, 1),
  );
  return { ...input, articles: [{ ...detail, claims: [...detail.claims, ...extra] }] };
}

describe('PDF via headless Chromium', () => {
  it('prints the sample report as real text with page number and report date in the footer', async () => {
    const { bytes, text, pages } = await pdfText(sampleReport(), 'sample.pdf');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Claim report');
    expect(flat).toContain('Putin und Lukaschenko treffen sich in St. Petersburg');
    expect(flat).toContain(OCTOBER_QUOTE);
    expect(flat).toContain('Alexander Lukaschenko');
    expect(flat).toContain('Mostly true');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/Report date: 2024-02-05/);
    expect(pages[0]).toMatch(/Page 1 of 1/);
  }, 90_000);

  it('numbers every page of a long report "Page X of Y"', async () => {
    const { pages } = await pdfText(longReport(), 'long.pdf');
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain('Report date: 2024-02-05');
    });
  }, 90_000);

  it('names the override when Chromium cannot be started', async () => {
    const saved = process.env.FACTDESK_CHROMIUM;
    process.env.FACTDESK_CHROMIUM = join(dir, 'no-such-chromium');
    try {
      await expect(printPdfWithChromium('<p>x</p>', { footerDate: '2024-02-05' })).rejects.toThrow(/FACTDESK_CHROMIUM/);
    } finally {
      if (saved === undefined) delete process.env.FACTDESK_CHROMIUM;
      else process.env.FACTDESK_CHROMIUM = saved;
    }
  });
});
