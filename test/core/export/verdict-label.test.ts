// A verdict label is data in the shared file: any reviewer's copy (or a tampered file) can carry
// one, so every export format must treat it as text. The label is planted in a real database file
// and each format is rendered through the core API, as the app and the CLI do.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '@common/contract';
import { printPdfWithChromium } from '../../../main/core/export';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { openConnection } from '../../../main/core/store/sqlite';
import { removeTempDirs, tempDir } from '../store/temp';
import { activeContent } from './active-content';
import { parseCsv } from './csv-parse';
import { OCTOBER_QUOTE, SAMPLE_FILE } from './sample-report';

const LABEL = '=HYPERLINK("https://evil.example")</style><script>alert(1)</script> **bold** <img src=x onerror=alert(2)> & "Falsch"';

let dir: string;
let core: FactdeskCore;

beforeAll(async () => {
  dir = tempDir();
  const path = join(dir, 'shared.db');
  core = await openFactdesk({ path, reviewer: 'ada', settingsDir: join(dir, 'settings'), host: { printPdf: printPdfWithChromium } });
  const [imported] = await core.importPaths([SAMPLE_FILE]);
  const claim = await core.createClaimFromQuote({ articleId: imported?.articleId ?? 0, quote: OCTOBER_QUOTE });
  await core.updateClaim({ id: claim.id, expectedRevision: claim.revision, patch: { verdict: 'false', rationale: 'Geprüft.' } });
  await core.updateSettings({ organisationName: 'Desk', organisationUrl: 'https://desk.example/' });
  // Another program (or another reviewer's tampered copy) wrote the label into the shared file.
  const raw = await openConnection(path);
  await raw.run("UPDATE verdict SET label = ? WHERE key = 'false'", [LABEL]);
  await raw.close();
});
afterAll(async () => {
  await core.close();
  removeTempDirs();
});

async function exported(format: ExportFormat): Promise<string> {
  // Since issue 12 ClaimReview holds only published claims and needs the organisation: this
  // claim is a draft, so it is asked for explicitly.
  const result = await core.renderExport({ format, filter: {}, includeUnpublished: format === 'claimreview' ? true : undefined });
  return result.encoding === 'base64' ? Buffer.from(result.content, 'base64').toString('latin1') : result.content;
}

describe('a hostile verdict label from the shared file', () => {
  it('HTML: shown as text, nothing active, the one style element intact', async () => {
    const doc = new JSDOM(await exported('html')).window.document;
    expect(activeContent(doc)).toEqual([]);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('.verdict')?.textContent).toBe(LABEL);
  });

  it('Markdown: a renderer shows it as text, not markup', async () => {
    const doc = new JSDOM(marked.parse(await exported('md'), { async: false })).window.document;
    expect(activeContent(doc)).toEqual([]);
    expect(doc.body.textContent).toContain(LABEL);
    expect([...doc.querySelectorAll('strong')].map((s) => s.textContent)).toContain(LABEL);
  });

  it('PDF: printed as its text', async () => {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, Buffer.from((await core.renderExport({ format: 'pdf', filter: {} })).content, 'base64'));
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    // Line breaks fall where the page wraps: compare without whitespace.
    const squeezed = (t: string): string => t.replace(/\s+/g, '');
    expect(squeezed(text)).toContain(squeezed(`Verdict ${LABEL} Status`));
  }, 60_000);

  it('ClaimReview: the exact label in valid JSON that cannot close a script block', async () => {
    const text = await exported('claimreview');
    expect(text).not.toMatch(/<\/?script/i);
    const [review] = JSON.parse(text) as Array<{ reviewRating: { alternateName: string } }>;
    expect(review?.reviewRating.alternateName).toBe(LABEL);
  });

  it('Web Annotation: the exact label in valid JSON that cannot close a script block', async () => {
    const text = await exported('annotations');
    expect(text).not.toMatch(/<\/?script/i);
    const anno = JSON.parse(text) as { body: Array<{ value?: string }> };
    expect(anno.body.map((b) => b.value)).toContain(LABEL);
  });

  it('CSV: defused, so a spreadsheet shows it and evaluates nothing', async () => {
    const rows = parseCsv((await exported('csv')).slice(1));
    const header = rows[0] ?? [];
    const record = Object.fromEntries(header.map((h, i) => [h, rows[1]?.[i]]));
    expect(record.Verdict).toBe(`'${LABEL}`);
    for (const cell of rows.flat()) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
