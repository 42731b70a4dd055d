// `factdesk export`, `settings` and `verdicts` as real processes on a real file, and the promise
// that the app and the CLI write the same report: the core API (what the Electron shell and the
// browser bridge call) and the CLI's `--out FILE` and `--out -` give the same bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '@common/contract';
import { printPdfWithChromium } from '../../main/core/export';
import { openFactdesk } from '../../main/core/service';
import { assertBuilt, cli, SAMPLE } from './run';

const OCTOBER = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-export-'));
const db = join(dir, 'desk.db');
const env = { FACTDESK_HOME: join(dir, 'home') };
let second = '';

async function ok(args: string[]): Promise<string> {
  const r = await cli([...args, '--db', db], env);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

/** The same export through the core API, as the app renders it. */
async function fromApp(format: ExportFormat): Promise<Buffer> {
  const core = await openFactdesk({ path: db, reviewer: 'app', settingsDir: join(dir, 'app-settings'), host: { printPdf: printPdfWithChromium } });
  try {
    const r = await core.renderExport({ format, filter: {} });
    return Buffer.from(r.content, r.encoding === 'base64' ? 'base64' : 'utf8');
  } finally {
    await core.close();
  }
}

const pdfText = (bytes: Buffer, name: string): string => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
};

beforeAll(async () => {
  assertBuilt();
  await ok(['import', SAMPLE]);
  const october = JSON.parse(await ok(['claim', 'add', '1', '--quote', OCTOBER, '--claimant', 'Lukaschenko', '--json'])) as { id: number; revision: number };
  await ok(['claim', 'update', String(october.id), '--expect-rev', String(october.revision), '--verdict', 'False', '--status', 'Needs review', '--rationale', 'Geprüft: „nicht belegt“.']);
  // Published (issue 12): ClaimReview holds only published claims. Another reviewer approves.
  await ok(['claim', 'update', String(october.id), '--expect-rev', String(october.revision + 1), '--status', 'Approved', '--reviewer', 'Second Reviewer']);
  await ok(['claim', 'publish', String(october.id), '--expect-rev', String(october.revision + 2), '--url', 'https://desk.example/checks/1']);
  const text = JSON.parse(await ok(['show', '1', '--json'])) as { article: { text: string } };
  second = text.article.text.split('\n').find((l) => l.includes('Putin') && !l.includes(OCTOBER))?.split(/[.,]/)[0]?.trim() ?? '';
  const other = JSON.parse(await ok(['claim', 'add', '1', '--quote', second, '--json'])) as { id: number; revision: number };
  await ok(['claim', 'update', String(other.id), '--expect-rev', String(other.revision), '--verdict', 'Mostly true']);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('factdesk settings and verdicts', () => {
  it('settings stores the organisation, prints it, and ClaimReview names it', async () => {
    expect(JSON.parse(await ok(['settings', '--org-name', 'Our Desk', '--org-url', 'https://desk.example', '--json']))).toMatchObject({
      organisationName: 'Our Desk',
      organisationUrl: 'https://desk.example',
    });
    expect(await ok(['settings'])).toMatch(/Our Desk[^]*https:\/\/desk\.example/);
    const [review] = JSON.parse(await ok(['export', '--format', 'claimreview', '--out', '-'])) as Array<{ author: { name: string; url: string } }>;
    expect(review?.author).toMatchObject({ name: 'Our Desk', url: expect.stringMatching(/^https:\/\/desk\.example\/?$/) });
  });

  it('verdicts lists the scale, as text and as JSON', async () => {
    const listed = JSON.parse(await ok(['verdicts', '--json'])) as { verdicts: Array<{ key: string; label: string }> } | Array<{ key: string; label: string }>;
    const verdicts = Array.isArray(listed) ? listed : listed.verdicts;
    expect(verdicts.map((v) => v.label)).toEqual(['True', 'Mostly true', 'Half true', 'Mostly false', 'False', 'Unverifiable']);
    const text = await ok(['verdicts']);
    for (const v of verdicts) expect(text).toContain(v.label);
  });
});

describe('factdesk export', () => {
  it.each(['md', 'html', 'claimreview', 'annotations', 'csv'] as const)('%s: the app, --out FILE and --out - write the same bytes', async (format) => {
    const file = join(dir, `report.${format}`);
    await ok(['export', '--format', format, '--out', file]);
    const piped = await cli(['export', '--format', format, '--out', '-', '--db', db], env);
    expect(piped.code, piped.stderr).toBe(0);
    const app = await fromApp(format);
    expect(app.toString('utf8')).toContain(format === 'csv' || format === 'md' || format === 'html' ? 'nicht belegt' : 'Lukaschenko');
    expect(readFileSync(file).equals(app), 'the CLI file and the app export differ').toBe(true);
    expect(piped.stdoutBytes.equals(app), 'the CLI on standard output and the app export differ').toBe(true);
  });

  it('pdf: a real PDF with the report text, the same text as the app prints', async () => {
    const file = join(dir, 'report.pdf');
    await ok(['export', '--format', 'pdf', '--out', file]);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(bytes, 'cli.pdf');
    expect(text.replace(/\s+/g, ' ')).toContain(OCTOBER);
    // Chromium stamps each PDF with its creation time and id, so the text is compared, not the bytes.
    expect(pdfText(await fromApp('pdf'), 'app.pdf')).toBe(text);
    const refused = await cli(['export', '--format', 'pdf', '--out', '-', '--db', db], env);
    expect(refused.code).toBe(2);
  }, 90_000);

  it('--status and --verdict filter the claims, alone and together', async () => {
    const claimsIn = async (...filter: string[]): Promise<string[]> => {
      const csv = await ok(['export', '--format', 'csv', '--out', '-', ...filter]);
      return [OCTOBER, second].filter((quote) => csv.includes(quote));
    };
    expect(await claimsIn()).toEqual([OCTOBER, second]);
    expect(await claimsIn('--status', 'Published')).toEqual([OCTOBER]);
    expect(await claimsIn('--verdict', 'Mostly true')).toEqual([second]);
    expect(await claimsIn('--verdict', 'False,Mostly true')).toEqual([OCTOBER, second]);
    expect(await claimsIn('--status', 'Published', '--verdict', 'Mostly true')).toEqual([]);
  });
});
