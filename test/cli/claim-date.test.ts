// A claim date must be a calendar date (issue 9, point 5): `--claim-date 2026-13-45` was stored.
// Refused, with a sentence and exit 1, writing nothing: on the command line, and through the API
// the workbench uses (the same dispatch IPC and the browser bridge run). Dates are full days
// (YYYY-MM-DD); a claim date may also be a month or a year (issue 14.2: "letzten Monat" names a
// month), kept at that precision through the store and every export.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import { openFactdesk } from '../../main/core/service';
import { openConnection } from '../../main/core/store/sqlite';
import { removeTempDirs, tempDir } from '../core/store/temp';
import { assertBuilt, cli, SAMPLE } from './run';

const QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';

let dir: string;
let db: string;

beforeAll(async () => {
  assertBuilt();
  dir = tempDir('factdesk-claim-date-');
  db = join(dir, 'desk.db');
  expect((await cli(['import', SAMPLE, '--db', db])).code).toBe(0);
  expect((await cli(['claim', 'add', '1', '--quote', QUOTE, '--db', db])).code).toBe(0);
  expect((await cli(['source', 'add', '1', '--url', 'https://example.org/a', '--db', db])).code).toBe(0);
  // ClaimReview needs the organisation (issue 12); the claim stays a draft, so it is exported with --include-unpublished.
  expect((await cli(['settings', '--org-name', 'Desk', '--org-url', 'https://desk.example/', '--db', db])).code).toBe(0);
});
afterAll(removeTempDirs);

/** Everything a refused save must leave alone. */
async function fileState(): Promise<unknown> {
  const raw = await openConnection(db, { readOnly: true });
  try {
    return [await raw.all('SELECT * FROM claim'), await raw.all('SELECT * FROM source'), await raw.all('SELECT id FROM change_log')];
  } finally {
    await raw.close();
  }
}

describe('factdesk claim update --claim-date', () => {
  it.each([
    ['2026-13-45', /"2026-13-45" is not a calendar date: there is no month 13/],
    ['2023-02-29', /"2023-02-29" is not a calendar date: February 2023 has 28 days/],
    ['2023-04-31', /April 2023 has 30 days/],
    ['2023-10-00', /there is no day 0/],
    ['2023-13', /"2023-13" is not a month: there is no month 13/],
    ['23', /"23" is not a claim date: give YYYY-MM-DD, YYYY-MM or YYYY/],
    ['14.11.2023', /"14\.11\.2023" is not a claim date: give YYYY-MM-DD, YYYY-MM or YYYY/],
    ['2023-10-05T25:00Z', /there is no hour 25/],
  ])('refuses %s with a sentence, exit 1, and writes nothing', async (date, message) => {
    const before = await fileState();
    const r = await cli(['claim', 'update', '1', '--expect-rev', '1', '--claim-date', date, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: --claim-date /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/patch\.|Invalid input/);
    expect(await fileState()).toEqual(before);
  });

  it('stores a real date, a leap day included', async () => {
    const r = await cli(['claim', 'update', '1', '--expect-rev', '1', '--claim-date', '2024-02-29', '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ claimDate: '2024-02-29', revision: 2 });
  });

  it.each([
    ['2023-10', 'month', 'October 2023'],
    ['2023', 'year', '2023'],
  ])('keeps %s (a %s) through the store and every export', async (date, _precision, shown) => {
    const { claims } = JSON.parse((await cli(['show', '1', '--db', db, '--json'])).stdout) as { claims: Array<{ revision: number }> };
    const r = await cli(['claim', 'update', '1', '--expect-rev', String(claims[0]!.revision), '--claim-date', date, '--verdict', 'False', '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ claimDate: date });
    const out = async (format: string) => (await cli(['export', '--format', format, '--out', '-', '--db', db])).stdout;
    const claimReview = await cli(['export', '--format', 'claimreview', '--include-unpublished', '--out', '-', '--db', db]);
    expect(claimReview.code, claimReview.stderr).toBe(0);
    const [review] = JSON.parse(claimReview.stdout) as Array<{ itemReviewed: { datePublished?: string } }>;
    expect(review!.itemReviewed.datePublished).toBe(date);
    expect(await out('annotations')).toContain(`"schema:datePublished": "${date}"`);
    expect(await out('csv')).toContain(`,"${date}",`);
    // The reports show it as the report language writes a month or a year, never as a made-up day.
    expect(await out('md')).toContain(`- Claim date: ${shown}`);
    expect(await out('html')).toContain(`<dt>Claim date</dt><dd><time datetime="${date}">${shown}</time></dd>`);
  });

  it('source add --date follows the same rule', async () => {
    const before = await fileState();
    const r = await cli(['source', 'add', '1', '--url', 'https://example.org/b', '--date', '2026-02-30', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--date "2026-02-30" is not a calendar date: February 2026 has 28 days/);
    expect(await fileState()).toEqual(before);
  });
});

describe('factdesk import-annotations', () => {
  it('refuses an export whose claim date is no calendar date, writing nothing', async () => {
    const { claims } = JSON.parse((await cli(['show', '1', '--db', db, '--json'])).stdout) as { claims: Array<{ revision: number }> };
    const dated = await cli(['claim', 'update', '1', '--expect-rev', String(claims[0]!.revision), '--claim-date', '2024-02-29', '--db', db]);
    expect(dated.code, dated.stderr).toBe(0);
    const exported = join(dir, 'claims.annotations.json');
    expect((await cli(['export', '--format', 'annotations', '--out', exported, '--db', db])).code).toBe(0);
    const json = await readFile(exported, 'utf8');
    expect(json).toContain('"schema:datePublished": "2024-02-29"');
    const broken = join(dir, 'broken.annotations.json');
    await writeFile(broken, json.replace('"schema:datePublished": "2024-02-29"', '"schema:datePublished": "2026-13-45"'));
    const other = join(dir, 'other.db');
    expect((await cli(['import', SAMPLE, '--db', other])).code).toBe(0);
    const r = await cli(['import-annotations', broken, '--db', other]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/its claim date "2026-13-45" is not a calendar date: there is no month 13/);
    const shown = JSON.parse((await cli(['show', '1', '--db', other, '--json'])).stdout) as { claims: unknown[] };
    expect(shown.claims).toEqual([]);
  });
});

describe('the API (workbench)', () => {
  it('refuses a date that is no calendar date as invalid input, writing nothing', async () => {
    const core = await openFactdesk({ path: db, reviewer: 'Workbench', settingsDir: join(dir, 'home') });
    try {
      const before = await fileState();
      const claim = (await core.getArticle({ id: 1 })).claims[0]!;
      const source = (await core.getArticle({ id: 1 })).sources[0]!;
      const calls: Array<[string, unknown]> = [
        ['updateClaim', { id: claim.id, expectedRevision: claim.revision, patch: { claimDate: '2026-13-45' } }],
        ['updateClaim', { id: claim.id, expectedRevision: claim.revision, patch: { claimDate: '2023-00' } }],
        ['updateSource', { id: source.id, expectedRevision: source.revision, fields: { date: '2023-10' } }],
        ['updateSource', { id: source.id, expectedRevision: source.revision, fields: { date: '2023-02-29' } }],
        ['renderExport', { format: 'csv', filter: { from: '2026-13-45' } }],
      ];
      for (const [method, input] of calls) {
        const envelope = await dispatch(core, method, input);
        expect(envelope, method).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/calendar date|needs the day|not a month/) } });
      }
      // The core checks on its own too (it is also called without dispatch, e.g. by the CLI).
      await expect(
        core.updateClaim({ id: claim.id, expectedRevision: claim.revision, patch: { claimDate: '2026-13-45' } }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      expect(await fileState()).toEqual(before);
    } finally {
      await core.close();
    }
  });
});
