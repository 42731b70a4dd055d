// Publishing from the command line (issue 12): `claim publish` only once approved and with an
// address; a published claim locked behind a correction note; `claim unpublish` with a reason;
// `settings` for the organisation and the URL pattern; `verdicts add|update|remove`. Every
// refusal exits 1 with one sentence and leaves the file exactly as it was.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../main/core/store/sqlite';
import { contrastRatio, parseColor } from '../support/contrast';
import { removeTempDirs, tempDir } from '../core/store/temp';
import { assertBuilt, cli, SAMPLE } from './run';

const QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const ANNA = { FACTDESK_REVIEWER: 'Anna' };
const BEN = { FACTDESK_REVIEWER: 'Ben' };

let db: string;

beforeAll(async () => {
  assertBuilt();
  db = join(tempDir('factdesk-publishing-'), 'desk.db');
  expect((await cli(['import', SAMPLE, '--db', db], ANNA)).code).toBe(0);
  expect((await cli(['claim', 'add', '1', '--quote', QUOTE, '--verdict', 'Mostly false', '--db', db], ANNA)).code).toBe(0);
  expect((await cli(['claim', 'update', '1', '--expect-rev', '1', '--status', 'Needs review', '--db', db], ANNA)).code).toBe(0);
});
afterAll(removeTempDirs);

/** Everything a refused command must leave alone. */
async function fileState(): Promise<unknown> {
  const raw = await openConnection(db, { readOnly: true });
  try {
    return [
      await raw.all('SELECT * FROM claim'),
      await raw.all('SELECT * FROM source'),
      await raw.all('SELECT * FROM verdict ORDER BY key'),
      await raw.all('SELECT * FROM setting ORDER BY key'),
      await raw.all('SELECT * FROM claim_correction'),
      await raw.all('SELECT id FROM change_log'),
    ];
  } finally {
    await raw.close();
  }
}

interface ClaimJson {
  revision: number;
  status: string;
  verdict: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  publishedUrl: string | null;
  modifiedAt: string | null;
}

async function claimNow(): Promise<ClaimJson> {
  const r = await cli(['show', '1', '--json', '--db', db]);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { claims: ClaimJson[] }).claims[0]!;
}

/** Runs a command that must be refused: exit 1, one sentence on stderr, nothing written. */
async function refused(args: string[], env: Record<string, string>, message: RegExp): Promise<void> {
  const before = await fileState();
  const r = await cli([...args, '--db', db], env);
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/Invalid input|at .*\.js/);
  expect(await fileState()).toEqual(before);
}

async function history(): Promise<Array<{ reviewer: string; after: Record<string, unknown> | null }>> {
  const raw = await openConnection(db, { readOnly: true });
  try {
    const rows = await raw.all<{ reviewer: string; after_json: string | null }>(
      "SELECT reviewer, after_json FROM change_log WHERE entity = 'claim' AND entity_id = 1 ORDER BY id",
    );
    return rows.map((r) => ({ reviewer: r.reviewer, after: r.after_json === null ? null : (JSON.parse(r.after_json) as Record<string, unknown>) }));
  } finally {
    await raw.close();
  }
}

describe('factdesk claim publish', () => {
  it('refuses a claim that is not approved', async () => {
    const { revision } = await claimNow();
    await refused(['claim', 'publish', '1', '--expect-rev', String(revision), '--url', 'https://desk.example/checks/1'], BEN, /^error: Only an approved claim can be published, and claim 1 is "Needs review"/);
  });

  it('refuses setting the status to Published directly, which would skip the date and address', async () => {
    const { revision } = await claimNow();
    expect((await cli(['claim', 'update', '1', '--expect-rev', String(revision), '--status', 'Approved', '--db', db], BEN)).code).toBe(0);
    const approved = await claimNow();
    expect(approved.status).toBe('approved');
    await refused(['claim', 'update', '1', '--expect-rev', String(approved.revision), '--status', 'Published'], BEN, /use Publish \(factdesk claim publish\)/);
  });

  it('refuses when no address can be formed, naming the settings', async () => {
    const { revision } = await claimNow();
    await refused(['claim', 'publish', '1', '--expect-rev', String(revision)], BEN, /No address can be formed for claim 1: .*--url.*Settings screen.*factdesk settings --url-pattern/);
  });

  it('refuses a URL pattern without {id} or {slug}, or with an unknown placeholder', async () => {
    await refused(['settings', '--url-pattern', 'https://desk.example/checks/'], BEN, /needs \{id\} or \{slug\}/);
    await refused(['settings', '--url-pattern', 'https://desk.example/{year}/{id}'], BEN, /\{id\} and \{slug\} only, not \{year\}/);
    await refused(['settings', '--url-pattern', 'ftp://desk.example/{id}'], BEN, /must be an http:\/\/ or https:\/\/ address/);
    await refused(['settings', '--report-language', 'fr'], BEN, /--report-language must be en or de, got "fr"/);
  });

  it('publishes an approved claim at the pattern’s address, recording the date and the publisher', async () => {
    const set = await cli(['settings', '--url-pattern', 'https://desk.example/checks/{id}-{slug}', '--org-name', 'Desk', '--org-url', 'https://desk.example/', '--db', db], BEN);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain('URL pattern:      https://desk.example/checks/{id}-{slug}');
    const { revision } = await claimNow();
    const r = await cli(['claim', 'publish', '1', '--expect-rev', String(revision), '--json', '--db', db], BEN);
    expect(r.code, r.stderr).toBe(0);
    const published = JSON.parse(r.stdout) as ClaimJson;
    expect(published).toMatchObject({
      status: 'published',
      publishedBy: 'Ben',
      publishedUrl: 'https://desk.example/checks/1-einsatz-russischer-atomwaffen-im-oktober-abgeschlossen',
      modifiedAt: null,
    });
    expect(published.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await history()).at(-1)).toMatchObject({ reviewer: 'Ben', after: { status: 'published', publishedBy: 'Ben' } });
    await refused(['claim', 'publish', '1', '--expect-rev', String(published.revision), '--url', 'https://desk.example/x'], BEN, /already published/);
  });
});

describe('a published claim is locked', () => {
  it.each([
    [['--verdict', 'True']],
    [['--rationale', 'New reasoning.']],
    [['--text', 'Something else.']],
    [['--claimant', 'Someone']],
    [['--claim-date', '2023-12-25']],
  ])('refuses %j without a correction note', async (change) => {
    const { revision } = await claimNow();
    await refused(['claim', 'update', '1', '--expect-rev', String(revision), ...change], ANNA, /This claim is published: changing what its fact-check says needs a correction note/);
  });

  it('refuses a new source without a correction note', async () => {
    await refused(['source', 'add', '1', '--url', 'https://example.org/evidence'], ANNA, /needs a correction note/);
  });

  it('refuses taking it back to review without unpublishing', async () => {
    const { revision } = await claimNow();
    await refused(['claim', 'update', '1', '--expect-rev', String(revision), '--status', 'Needs review'], ANNA, /unpublish it with a reason first/);
  });

  it('accepts a correction: stays published, keeps the publication date, records dateModified and the note', async () => {
    const before = await claimNow();
    const r = await cli(
      ['claim', 'update', '1', '--expect-rev', String(before.revision), '--verdict', 'True', '--correction', 'The transfer was confirmed; the verdict is now True.', '--json', '--db', db],
      ANNA,
    );
    expect(r.code, r.stderr).toBe(0);
    const corrected = JSON.parse(r.stdout) as ClaimJson;
    expect(corrected).toMatchObject({ status: 'published', verdict: 'true', publishedAt: before.publishedAt, publishedUrl: before.publishedUrl });
    expect(corrected.modifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await history()).at(-1)).toMatchObject({
      reviewer: 'Anna',
      after: { verdict: 'true', correction: 'The transfer was confirmed; the verdict is now True.' },
    });
    const source = await cli(['source', 'add', '1', '--url', 'https://example.org/evidence', '--correction', 'Added the ministry statement.', '--db', db], ANNA);
    expect(source.code, source.stderr).toBe(0);
    const raw = await openConnection(db, { readOnly: true });
    try {
      expect(await raw.all('SELECT claim_id, reviewer, note, fields FROM claim_correction ORDER BY id')).toEqual([
        { claim_id: 1, reviewer: 'Anna', note: 'The transfer was confirmed; the verdict is now True.', fields: '["verdict"]' },
        { claim_id: 1, reviewer: 'Anna', note: 'Added the ministry statement.', fields: '["sources"]' },
      ]);
    } finally {
      await raw.close();
    }
  });

  it('refuses a correction note on a change that alters nothing the fact-check says', async () => {
    const { revision } = await claimNow();
    await refused(['claim', 'update', '1', '--expect-rev', String(revision), '--verdict', 'True', '--correction', 'Nothing.'], ANNA, /takes no correction note/);
  });

  it('unpublishes with a reason, which the history keeps; a draft then refuses a correction note', async () => {
    const { revision } = await claimNow();
    await refused(['claim', 'unpublish', '1', '--expect-rev', String(revision), '--reason', '   '], ANNA, /Unpublishing needs a reason/);
    const r = await cli(['claim', 'unpublish', '1', '--expect-rev', String(revision), '--reason', 'Under legal review.', '--json', '--db', db], ANNA);
    expect(r.code, r.stderr).toBe(0);
    const unpublished = JSON.parse(r.stdout) as ClaimJson;
    expect(unpublished).toMatchObject({ status: 'approved', publishedAt: null, publishedUrl: null });
    expect((await history()).at(-1)).toMatchObject({ reviewer: 'Anna', after: { status: 'approved', unpublishReason: 'Under legal review.' } });
    await refused(['claim', 'unpublish', '1', '--expect-rev', String(unpublished.revision), '--reason', 'Again.'], ANNA, /is not published/);
    await refused(['claim', 'update', '1', '--expect-rev', String(unpublished.revision), '--rationale', 'x', '--correction', 'y'], ANNA, /Only a published claim takes a correction note/);
  });
});

interface ScaleJson {
  verdicts: Array<{ key: string; label: string; labelDe: string | null; ratingValue: number | null; color: string; colorDark: string }>;
  worstRating: number;
  bestRating: number;
}

/** The workbench's reading surfaces (renderer/src/styles.css --surface), measured by the test's own WCAG code. */
const SURFACES = { color: 'rgb(255, 255, 255)', colorDark: 'rgb(26, 30, 38)' } as const;
const hexToCss = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

async function scale(): Promise<ScaleJson> {
  const r = await cli(['verdicts', '--json', '--db', db]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as ScaleJson;
}

async function scaleLog(): Promise<Array<{ action: string; before: unknown; after: unknown }>> {
  const raw = await openConnection(db, { readOnly: true });
  try {
    const rows = await raw.all<{ action: string; before_json: string | null; after_json: string | null }>(
      "SELECT action, before_json, after_json FROM change_log WHERE entity = 'verdict_scale' ORDER BY id",
    );
    return rows.map((r) => ({ action: r.action, before: r.before_json && JSON.parse(r.before_json), after: r.after_json && JSON.parse(r.after_json) }));
  } finally {
    await raw.close();
  }
}

describe('factdesk verdicts', () => {
  it('has default colours that keep 3:1 on the light theme (color) and on the dark theme (colorDark)', async () => {
    const fresh = join(tempDir('factdesk-defaults-'), 'fresh.db');
    expect((await cli(['import', SAMPLE, '--db', fresh], ANNA)).code).toBe(0);
    const r = await cli(['verdicts', '--json', '--db', fresh]);
    expect(r.code, r.stderr).toBe(0);
    const { verdicts } = JSON.parse(r.stdout) as ScaleJson;
    expect(verdicts).toHaveLength(6);
    const shortfalls = verdicts.flatMap((v) =>
      (['color', 'colorDark'] as const)
        .map((theme) => ({ theme, ratio: contrastRatio(parseColor(hexToCss(v[theme])), parseColor(SURFACES[theme])) }))
        .filter(({ ratio }) => ratio < 3)
        .map(({ theme, ratio }) => `${v.key} ${theme} ${v[theme]}: ${ratio.toFixed(2)}:1`),
    );
    expect(shortfalls).toEqual([]);
    // Each theme's colours are distinct: no two verdicts share one.
    expect(new Set(verdicts.map((v) => v.color)).size).toBe(6);
    expect(new Set(verdicts.map((v) => v.colorDark)).size).toBe(6);
  });

  it('lists the scale with both labels, rating and colour', async () => {
    const r = await cli(['verdicts', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('unverifiable\tUnverifiable\tNicht überprüfbar\t—\t#6e7781');
  });

  it('adds a verdict in both languages at a position, and logs it', async () => {
    const r = await cli(['verdicts', 'add', '--label', 'Misleading', '--label-de', 'Irreführend', '--rating', '2', '--color', '#bf3989', '--position', '4', '--db', db], ANNA);
    expect(r.code, r.stderr).toBe(0);
    const { verdicts } = await scale();
    expect(verdicts.map((v) => v.key)).toEqual(['true', 'mostly_true', 'half_true', 'misleading', 'mostly_false', 'false', 'unverifiable']);
    expect(verdicts[3]).toMatchObject({ label: 'Misleading', labelDe: 'Irreführend', ratingValue: 2, color: '#bf3989' });
    expect((await scaleLog()).at(-1)).toMatchObject({ action: 'create', after: { key: 'misleading', label: 'Misleading', labelDe: 'Irreführend' } });
  });

  it.each([
    [['--label', 'Way off', '--label-de', 'Weit daneben', '--rating', '9', '--color', '#0969da'], /The rating 9 is outside the scale \(1 worst to 5 best\)/],
    [['--label', 'False', '--label-de', 'Unwahr', '--rating', '1', '--color', '#0969da'], /The English label "False" is already used/],
    [['--label', 'Pale', '--label-de', 'Blass', '--rating', '3', '--color', '#d4a72c'], /contrast of 2\.2:1 on the light theme/],
    [['--label', 'Reddish', '--label-de', 'Rötlich', '--rating', '1', '--color', '#cf2430'], /too close to the colour of "False"/],
    [['--label', 'Bad', '--label-de', 'Schlecht', '--rating', '1', '--color', 'red'], /must be written as #rrggbb/],
    [['--label', 'Murky', '--label-de', 'Trüb', '--rating', '3', '--color', '#0969da', '--color-dark', '#1f3a93'], /The dark-theme colour #1f3a93 has a contrast of 1\.7:1 on the dark theme; give it a lighter dark-theme colour/],
    [['--label', 'Navy', '--label-de', 'Marine', '--rating', '3', '--color', '#1f3a93'], /#1f3a93 has a contrast of 1\.7:1 on the dark theme; give the verdict its own dark-theme colour \(--color-dark\)/],
    [['--label', 'Greenish', '--label-de', 'Grünlich', '--rating', '3', '--color', '#0969da', '--color-dark', '#3fb951'], /dark-theme colour #3fb951 is too close to the dark-theme colour of "True"/],
  ])('refuses %j', async (args, message) => {
    await refused(['verdicts', 'add', ...args], ANNA, message);
  });

  it('renames, recolours, re-rates and moves a verdict, each change logged', async () => {
    const r = await cli(['verdicts', 'update', 'misleading', '--label', 'Missing context', '--rating', 'none', '--color', '#0969da', '--position', '1', '--db', db], ANNA);
    expect(r.code, r.stderr).toBe(0);
    const { verdicts } = await scale();
    expect(verdicts[0]).toMatchObject({ key: 'misleading', label: 'Missing context', labelDe: 'Irreführend', ratingValue: null, color: '#0969da' });
    expect((await scaleLog()).at(-1)).toEqual({
      action: 'update',
      before: { key: 'misleading', label: 'Misleading', ratingValue: 2, color: '#bf3989', position: 4 },
      after: { key: 'misleading', label: 'Missing context', ratingValue: null, color: '#0969da', position: 1 },
    });
    await refused(['verdicts', 'update', 'misleading', '--position', '99'], ANNA, /position must be between 1 and 7/);
    await refused(['verdicts', 'update', 'nope', '--label', 'X'], ANNA, /There is no verdict "nope"/);
  });

  it('removes a verdict in use only with a replacement, which the claims get and the history records', async () => {
    const { revision } = await claimNow();
    expect((await cli(['claim', 'update', '1', '--expect-rev', String(revision), '--verdict', 'misleading', '--db', db], ANNA)).code).toBe(0);
    await refused(['verdicts', 'remove', 'misleading'], ANNA, /One claim has the verdict "Missing context"; choose the verdict that replaces it \(--replace-with KEY\)/);
    await refused(['verdicts', 'remove', 'misleading', '--replace-with', 'misleading'], ANNA, /cannot be replaced by itself/);
    const r = await cli(['verdicts', 'remove', 'misleading', '--replace-with', 'false', '--db', db], ANNA);
    expect(r.code, r.stderr).toBe(0);
    expect((await scale()).verdicts.map((v) => v.key)).not.toContain('misleading');
    expect((await claimNow()).verdict).toBe('false');
    expect((await history()).at(-1)).toMatchObject({ after: { verdict: 'false' } });
    expect((await scaleLog()).at(-1)).toMatchObject({ action: 'delete', before: { key: 'misleading' }, after: { replacedBy: 'false' } });
  });
});

describe('factdesk verdicts scale', () => {
  it('changes the ratings range (ClaimReview worstRating..bestRating), logged, and back', async () => {
    const r = await cli(['verdicts', 'scale', '--worst', '0', '--best', '10', '--db', db], ANNA);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Ratings: 0 (worst) to 10 (best)');
    expect(await scale()).toMatchObject({ worstRating: 0, bestRating: 10 });
    expect((await scaleLog()).at(-1)).toEqual({ action: 'update', before: { worstRating: 1, bestRating: 5 }, after: { worstRating: 0, bestRating: 10 } });
    const back = await cli(['verdicts', 'scale', '--worst', '1', '--best', '5', '--json', '--db', db], ANNA);
    expect(back.code, back.stderr).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ worstRating: 1, bestRating: 5 });
    // Three CLI runs: room for a loaded machine (this is no speed check).
  }, 90_000);

  it.each([
    [['--worst', '2', '--best', '5'], /^error: The range 2 to 5 leaves out the rating of "False" \(1\); re-rate that verdict first, or choose a range that holds it\.$/m],
    [['--worst', '1', '--best', '4'], /leaves out the rating of "True" \(5\)/],
    [['--worst', '3', '--best', '3'], /The worst and best ratings must differ/],
  ])('refuses %j, writing nothing', async (args, message) => {
    await refused(['verdicts', 'scale', ...args], ANNA, message);
  });

  it.each([
    [['--worst', 'x', '--best', '5'], /^error: --worst must be a whole number, got "x"\.$/m],
    [['--best', '5'], /^error: Give both ends of the range: --worst N --best M\.$/m],
  ])('stops at %j as a usage error (exit 2), writing nothing', async (args, message) => {
    const before = await fileState();
    const r = await cli(['verdicts', 'scale', ...args, '--db', db], ANNA);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(await fileState()).toEqual(before);
  });
});

describe('factdesk export --format claimreview', () => {
  it('refuses when no claim is published, writing no file', async () => {
    const out = join(tempDir('factdesk-publishing-out-'), 'reviews.jsonld');
    await refused(['export', '--format', 'claimreview', '--out', out], ANNA, /^error: No claim in this export is published, so there is no ClaimReview markup to write/);
    expect(existsSync(out)).toBe(false);
  });

  it('adds unpublished claims with --include-unpublished, and says so on stderr', async () => {
    const r = await cli(['export', '--format', 'claimreview', '--include-unpublished', '--out', '-', '--db', db], ANNA);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/--include-unpublished adds claims that are not published; this markup is not for publishing/);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
  });

  it('refuses when the organisation’s web address is missing, naming the settings screen and factdesk settings', async () => {
    expect((await cli(['settings', '--org-url', '', '--db', db], ANNA)).code).toBe(0);
    await refused(
      ['export', '--format', 'claimreview', '--include-unpublished', '--out', '-'],
      ANNA,
      /^error: ClaimReview needs the organisation's web address: set it in the Settings screen, or with factdesk settings --org-name NAME --org-url URL\.$/m,
    );
  });
});
