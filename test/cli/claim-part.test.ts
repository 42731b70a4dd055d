// `factdesk claim add --quote` in the headline and the teaser (issue 9, point 7), as a real process:
// a quote that is not in the body is found in the headline or teaser, `--part` chooses where a
// quote that is in several parts goes, and `show` says which part a claim quotes.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../core/store/temp';
import { assertBuilt, cli, SAMPLE } from './run';

let db: string;

beforeAll(async () => {
  assertBuilt();
  db = join(tempDir('factdesk-claim-part-'), 'desk.db');
  expect((await cli(['import', SAMPLE, '--db', db])).code).toBe(0);
});
afterAll(removeTempDirs);

describe('factdesk claim add --quote in the headline and the teaser', () => {
  it('finds a quote that is only in the headline and stores it as a headline claim', async () => {
    const r = await cli(['claim', 'add', '1', '--quote', 'Erweiterung des russisch-weißrussischen Bündnisses', '--db', db, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const claim = JSON.parse(r.stdout) as { part: string; position: { start: number; end: number } };
    expect(claim.part).toBe('headline');
    expect(claim.position).toEqual({ start: 75, end: 125 });

    const text = await cli(['claim', 'add', '1', '--quote', 'St Petersburg um Moeglichkeiten', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Quote:\s+"St Petersburg um Moeglichkeiten"\s+\[teaser 38–69\]/);
  });

  it('takes --part for a quote in several parts, and refuses a part without it', async () => {
    const teaser = await cli(['claim', 'add', '1', '--quote', 'Putin und Lukaschenko', '--part', 'teaser', '--db', db, '--json']);
    expect(teaser.code).toBe(0);
    expect(JSON.parse(teaser.stdout)).toMatchObject({ part: 'teaser', position: { start: 0, end: 21 } });

    const missing = await cli(['claim', 'add', '1', '--quote', 'Putin und Lukaschenko', '--part', 'body', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not occur in the article's body/);

    const bad = await cli(['claim', 'add', '1', '--quote', 'Putin', '--part', 'title', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--part must be body, headline or teaser, got "title"/);
  });

  it('lists the claims in reading order, each with its part, in `show`', async () => {
    const r = await cli(['show', '1', '--db', db]);
    expect(r.code).toBe(0);
    const parts = [...r.stdout.matchAll(/\[(headline|teaser) \d+–\d+\]/g)].map((m) => m[1]);
    expect(parts).toEqual(['headline', 'teaser', 'teaser']);
  });
});
