// `factdesk article update` (issue 14.2): an article's metadata corrected at a revision, the change
// logged; a stale revision is a conflict (exit 3), bad input one sentence (exit 1), nothing written.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../main/core/store/sqlite';
import { removeTempDirs, tempDir } from '../core/store/temp';
import { assertBuilt, cli, SAMPLE } from './run';

const ENGLISH = fileURLToPath(new URL('../fixtures/import/plain-article.txt', import.meta.url));

let dir: string;
let db: string;

beforeAll(async () => {
  assertBuilt();
  dir = tempDir('factdesk-article-update-');
  db = join(dir, 'desk.db');
  expect((await cli(['import', SAMPLE, ENGLISH, '--db', db])).code).toBe(0);
});
afterAll(removeTempDirs);

async function articleLog(): Promise<Array<{ entity: string; entity_id: number; action: string; reviewer: string; before_json: string; after_json: string }>> {
  const raw = await openConnection(db, { readOnly: true });
  try {
    return await raw.all("SELECT entity, entity_id, action, reviewer, before_json, after_json FROM change_log WHERE entity = 'article' AND action = 'update' ORDER BY id");
  } finally {
    await raw.close();
  }
}

interface ArticleJson {
  revision: number;
  publishedAt: string | null;
  sourceName: string | null;
  language: string | null;
  byline: string | null;
}

async function shown(id: number): Promise<ArticleJson> {
  return (JSON.parse((await cli(['show', String(id), '--db', db, '--json'])).stdout) as { article: ArticleJson }).article;
}

describe('factdesk article update', () => {
  it('sets a German article\'s date and source at its revision and logs the change', async () => {
    expect((await shown(1)).publishedAt).toBeNull();
    const r = await cli(['article', 'update', '1', '--expect-rev', '1', '--date', '2023-06-16', '--source', 'Times of India (de)', '--json', '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 1, publishedAt: '2023-06-16', sourceName: 'Times of India (de)', revision: 2 });
    const [entry] = await articleLog();
    expect(entry).toMatchObject({ entity: 'article', entity_id: 1, action: 'update', reviewer: 'Test Reviewer' });
    expect(JSON.parse(entry!.after_json)).toEqual({ publishedAt: '2023-06-16', sourceName: 'Times of India (de)' });
    expect(JSON.parse(entry!.before_json)).toEqual({ publishedAt: null, sourceName: 'Times of India' });
  });

  it('corrects an English article\'s language and byline, and "none" clears a field', async () => {
    const r = await cli(['article', 'update', '2', '--expect-rev', '1', '--language', 'en', '--byline', 'By A. Reporter', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Byline: {4}By A\. Reporter/);
    const cleared = await cli(['article', 'update', '2', '--expect-rev', '2', '--byline', 'none', '--db', db]);
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(await shown(2)).toMatchObject({ byline: null, language: 'en', revision: 3 });
  });

  it('refuses a stale revision as a conflict (exit 3), writing nothing', async () => {
    const before = await articleLog();
    const r = await cli(['article', 'update', '1', '--expect-rev', '1', '--date', '2023-06-17', '--db', db]);
    expect(r.code).toBe(3);
    expect((await shown(1)).publishedAt).toBe('2023-06-16');
    expect(await articleLog()).toEqual(before);
  });

  it.each([
    [['--date', '2023-02-30'], /--date "2023-02-30" is not a calendar date: February 2023 has 28 days\./],
    [['--url', 'javascript:alert(1)'], /http:\/\/ or https:\/\//],
    [['--language', 'Deutsch'], /a language is a code such as de or en/],
    [['--title', '  '], /an article needs a title/],
  ])('refuses %j with one sentence (exit 1), writing nothing', async (args, message) => {
    const before = await articleLog();
    const r = await cli(['article', 'update', '1', '--expect-rev', '2', ...args, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(await articleLog()).toEqual(before);
  });
});
