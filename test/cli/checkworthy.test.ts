// `factdesk checkworthy` (issue 14.1) as a real process: sentences from a file or standard input
// scored per line with the model's own yes/no, --json, the language chosen or detected, and an
// imported article's sentences ranked with the top quarter suggested.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../core/store/temp';
import { assertBuilt, cli, SAMPLE } from './run';

const ENGLISH = [
  'Unemployment fell to 3.5 percent last year, the lowest rate since 1969.',
  'Thank you all very much for being here tonight.',
];
const GERMAN = [
  'Die Arbeitslosenquote ist im vergangenen Jahr auf 5,2 Prozent gestiegen.',
  'Ich wünsche Ihnen allen einen schönen Abend.',
];

interface Scored {
  text: string;
  score: number;
  checkworthy: boolean;
}

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir('factdesk-checkworthy-');
});
afterAll(removeTempDirs);

describe('factdesk checkworthy FILE|-', () => {
  it('prints score and yes/no per line of a file, blank lines skipped', async () => {
    const file = join(dir, 'en.txt');
    await writeFile(file, `${ENGLISH[0]}\n\n${ENGLISH[1]}\n`);
    const r = await cli(['checkworthy', '--lang', 'en', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(lines.map(([, yes, text]) => [yes, text])).toEqual([
      ['yes', ENGLISH[0]],
      ['no', ENGLISH[1]],
    ]);
    for (const [score] of lines) expect(score).toMatch(/^0\.\d{3}$/);
  });

  it('reads standard input and gives [{ text, score, checkworthy }] with --json; German is detected without --lang', async () => {
    const explicit = await cli(['checkworthy', '--lang', 'de', '--json', '-'], {}, {}, GERMAN.join('\n'));
    expect(explicit.code).toBe(0);
    const scored = JSON.parse(explicit.stdout) as Scored[];
    expect(scored.map((s) => [s.text, s.checkworthy])).toEqual([
      [GERMAN[0], true],
      [GERMAN[1], false],
    ]);
    expect(scored[0]!.score).toBeGreaterThan(scored[1]!.score);
    const detected = await cli(['checkworthy', '--json'], {}, {}, GERMAN.join('\n'));
    expect(JSON.parse(detected.stdout)).toEqual(scored);
    // The English model reads the same lines differently: the choice of model is real.
    const english = await cli(['checkworthy', '--lang', 'en', '--json'], {}, {}, GERMAN.join('\n'));
    expect((JSON.parse(english.stdout) as Scored[])[0]!.score).not.toBe(scored[0]!.score);
  });

  it('refuses a language without a model (exit 2) and a missing file (exit 1)', async () => {
    const lang = await cli(['checkworthy', '--lang', 'fr', '-'], {}, {}, 'Bonjour.');
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('--lang must be en or de');
    const missing = await cli(['checkworthy', join(dir, 'nothing.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nothing\.txt/);
  });
});

describe('factdesk checkworthy --article', () => {
  it("ranks an imported article's sentences with the German model, headline included, dateline left out", async () => {
    const db = join(dir, 'desk.db');
    expect((await cli(['import', SAMPLE, '--db', db])).code).toBe(0);
    const r = await cli(['checkworthy', '--article', '1', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const ranking = JSON.parse(r.stdout) as {
      lang: string;
      modelVersion: string;
      sentences: { part: string; text: string; rank: number; score: number; suggested: boolean }[];
    };
    expect(ranking.lang).toBe('de');
    expect(ranking.modelVersion).toMatch(/^de-[0-9a-f]{12}$/);
    const { sentences } = ranking;
    expect(sentences.map((s) => s.rank)).toEqual(sentences.map((_, i) => i + 1));
    expect(sentences.some((s) => s.part === 'headline')).toBe(true);
    expect(sentences.some((s) => s.text.startsWith('ST PETERSBURG'))).toBe(false);
    expect(sentences.filter((s) => s.suggested)).toHaveLength(Math.round(sentences.length / 4));
    expect(sentences.slice(0, Math.round(sentences.length / 4)).every((s) => s.suggested)).toBe(true);

    const text = await cli(['checkworthy', '--article', '1', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stderr).toMatch(/^\d+ of \d+ sentences suggested \(model de-[0-9a-f]{12}\)\n$/);
    expect(text.stdout.split('\n')[0]).toMatch(/^1\t0\.\d{3}\tsuggested\t(headline|teaser|body)\t/);
  });
});
