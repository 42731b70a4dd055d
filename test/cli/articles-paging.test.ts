// Nothing silently cut short (issue 9, point 4): `factdesk articles` printed at most 500 articles
// with no word that more exist. Now --limit, --offset and --all page through the list, the text
// ends with "500 of 1,203 articles shown" (numbers in the user's locale) when it is cut, and the
// JSON is an object with the articles and the total. The API's list says its total too.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '@common/domain/types';
import { openFactdesk, type FactdeskCore } from '../../main/core/service';
import { removeTempDirs, tempDir } from '../core/store/temp';
import { assertBuilt, cli } from './run';

const ARTICLES = 1_203;
/** Every 7th article mentions the harbour: 172 matches. */
const HARBOUR = Array.from({ length: ARTICLES }, (_, i) => i).filter((i) => i % 7 === 0).length;

let db: string;
let core: FactdeskCore;

beforeAll(async () => {
  assertBuilt();
  const dir = tempDir('factdesk-paging-');
  db = join(dir, 'desk.db');
  core = await openFactdesk({ path: db, reviewer: 'Importer', settingsDir: join(dir, 'home') });
  const files = Array.from({ length: ARTICLES }, (_, i) => ({
    name: `report-${i + 1}.txt`,
    data: Buffer.from(
      `Report number ${i + 1}\n\nThe council met for session ${i + 1}.${i % 7 === 0 ? ' The harbour was on the agenda.' : ''}`,
    ).toString('base64'),
  }));
  for (let i = 0; i < files.length; i += 500) {
    const outcomes = await core.importFiles({ files: files.slice(i, i + 500) });
    expect(outcomes.every((o) => o.ok)).toBe(true);
  }
}, 120_000);

afterAll(async () => {
  await core.close();
  removeTempDirs();
});

const articles = (args: string[], lang = 'en_US.UTF-8') =>
  cli(['articles', '--db', db, ...args], { LANG: lang, LC_ALL: lang });

const lines = (stdout: string) => stdout.trimEnd().split('\n');

interface ArticlesJson {
  articles: ArticleSummary[];
  total: number;
  offset: number;
  limit: number | null;
}

describe('factdesk articles', () => {
  it('says how many of how many it shows when the list is cut, in the locale’s number format', async () => {
    const r = await articles([]);
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(501);
    expect(out.at(-1)).toMatch(/^500 of 1,203 articles shown/);
    expect(out.at(-1)).toMatch(/--offset 500/);
    const german = await articles([], 'de_DE.UTF-8');
    // A German locale gets the German sentence with German digit grouping (issue 15).
    expect(lines(german.stdout).at(-1)).toBe('500 von 1.203 Artikeln angezeigt. Weiter: --offset 500, oder --all für alle.');
  });

  it('pages with --limit and --offset, and prints everything with --all', async () => {
    const page = await articles(['--sort', 'title', '--limit', '3', '--offset', '10']);
    expect(page.code, page.stderr).toBe(0);
    const out = lines(page.stdout);
    expect(out).toHaveLength(4);
    expect(out.at(-1)).toMatch(/^3 of 1,203 articles shown \(11–13\)/);
    const all = await articles(['--all']);
    expect(all.code, all.stderr).toBe(0);
    const every = lines(all.stdout);
    expect(every).toHaveLength(ARTICLES);
    expect(new Set(every.map((l) => l.trim().split(/\s+/)[0])).size).toBe(ARTICLES);
  });

  it('counts the matches of a search', async () => {
    const r = await articles(['--search', 'harbour', '--limit', '100']);
    expect(lines(r.stdout)).toHaveLength(101);
    expect(lines(r.stdout).at(-1)).toMatch(new RegExp(`^100 of ${HARBOUR} articles matching “harbour” shown`));
    // A list that is not cut needs no footnote.
    const whole = await articles(['--search', 'harbour', '--limit', '1000']);
    expect(lines(whole.stdout)).toHaveLength(HARBOUR);
  });

  it('prints JSON as an object with the articles and the total', async () => {
    const first = JSON.parse((await articles(['--json'])).stdout) as ArticlesJson;
    expect(first).toMatchObject({ total: ARTICLES, offset: 0, limit: 500 });
    expect(first.articles).toHaveLength(500);
    const last = JSON.parse((await articles(['--json', '--offset', '1200'])).stdout) as ArticlesJson;
    expect(last).toMatchObject({ total: ARTICLES, offset: 1200, limit: 500 });
    expect(last.articles).toHaveLength(3);
    const all = JSON.parse((await articles(['--json', '--all'])).stdout) as ArticlesJson;
    expect(all).toMatchObject({ total: ARTICLES, offset: 0, limit: null });
    expect(all.articles).toHaveLength(ARTICLES);
  });

  it('refuses bad paging options as usage errors', async () => {
    for (const args of [['--limit', '0'], ['--limit', 'many'], ['--offset', '-1'], ['--all', '--limit', '5']]) {
      const r = await articles(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--limit|--offset|--all/);
    }
  });
});

describe('the API', () => {
  it('returns the total with each page of the list and of a search', async () => {
    const page = await core.listArticles({ sort: 'title', limit: 50, offset: 100 });
    expect(page).toMatchObject({ total: ARTICLES, offset: 100, limit: 50 });
    expect(page.articles).toHaveLength(50);
    expect(await core.listArticles({})).toMatchObject({ total: ARTICLES, limit: 500 });
    for (const sort of [undefined, 'date', 'title', 'imported'] as const) {
      const found = await core.listArticles({ search: 'harbour', sort, limit: 10 });
      expect(found.total, String(sort)).toBe(HARBOUR);
      expect(found.articles).toHaveLength(10);
    }
    expect(await core.listArticles({ search: 'harbour', offset: 5_000 })).toMatchObject({ articles: [], total: HARBOUR });
    expect(await core.listArticles({ search: '"' })).toMatchObject({ articles: [], total: 0 });
  });
});
