// The article list's orders, with and without a search: dated articles newest first and undated
// ones after them (newest import first), matches found through the article, a claim or a source,
// and paging. These orders are served from indexes; the test pins what they must be.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { openConnection } from '../../../main/core/store/sqlite';
import { removeTempDirs, tempDir } from './temp';

let core: FactdeskCore;
const ids: Record<string, number> = {};

const ARTICLES: Record<string, string> = {
  old: 'Alpha report\n\nThe harbour reopened after the storm, officials said on Monday.',
  recent: 'Beta report\n\nThe harbour authority announced new fees for ferries.',
  undatedA: 'Gamma report\n\nFarmers protested against the new water rules.',
  undatedB: 'Delta report\n\nThe harbour museum will close for renovation next year.',
  claimOnly: 'Epsilon report\n\nThe minister spoke about the budget for schools.',
  sourceOnly: 'Zeta report\n\nThe council voted on the new parking plan.',
};

beforeAll(async () => {
  const dir = tempDir('factdesk-list-');
  const path = join(dir, 'list.db');
  core = await openFactdesk({ path, reviewer: 'ada', settingsDir: dir });
  for (const [key, text] of Object.entries(ARTICLES)) {
    const [outcome] = await core.importFiles({ files: [{ name: `${key}.txt`, data: Buffer.from(text).toString('base64') }] });
    if (!outcome?.ok || outcome.articleId === undefined) throw new Error(`import of ${key} failed`);
    ids[key] = outcome.articleId;
  }
  const claim = await core.createClaimFromQuote({ articleId: ids.claimOnly as number, quote: 'budget for schools' });
  await core.updateClaim({ id: claim.id, expectedRevision: claim.revision, patch: { rationale: 'The harbour fund pays for it.' } });
  const other = await core.createClaimFromQuote({ articleId: ids.sourceOnly as number, quote: 'new parking plan' });
  await core.addSource({ claimId: other.id, fields: { url: 'https://example.org/harbour', title: 'Harbour parking study' } });
  const raw = await openConnection(path);
  await raw.run('UPDATE article SET published_at = ? WHERE id = ?', ['2023-05-01', ids.old as number]);
  await raw.run('UPDATE article SET published_at = ? WHERE id = ?', ['2024-02-10T08:00:00Z', ids.recent as number]);
  await raw.close();
});

afterAll(async () => {
  await core.close();
  removeTempDirs();
});

const keysOf = ({ articles }: { articles: Array<{ id: number }> }) => articles.map((a) => Object.keys(ids).find((k) => ids[k] === a.id));

describe('listArticles orders', () => {
  it('lists dated articles newest first, then undated ones, newest import first', async () => {
    expect(keysOf(await core.listArticles({ sort: 'date' }))).toEqual(['recent', 'old', 'sourceOnly', 'claimOnly', 'undatedB', 'undatedA']);
  });

  it('lists by import, newest first, and by title', async () => {
    expect(keysOf(await core.listArticles({ sort: 'imported' }))).toEqual(['sourceOnly', 'claimOnly', 'undatedB', 'undatedA', 'recent', 'old']);
    expect(keysOf(await core.listArticles({ sort: 'title' }))).toEqual(['old', 'recent', 'undatedB', 'claimOnly', 'undatedA', 'sourceOnly']);
  });

  it('finds articles through their text, their claims and their sources, in the order asked for', async () => {
    const found = ['recent', 'old', 'sourceOnly', 'claimOnly', 'undatedB'];
    expect(keysOf(await core.listArticles({ search: 'harb', sort: 'date' }))).toEqual(found);
    expect(keysOf(await core.listArticles({ search: 'harbour', sort: 'imported' }))).toEqual(['sourceOnly', 'claimOnly', 'undatedB', 'recent', 'old']);
    expect(keysOf(await core.listArticles({ search: 'harbour', sort: 'title' }))).toEqual(['old', 'recent', 'undatedB', 'claimOnly', 'sourceOnly']);
    expect(new Set(keysOf(await core.listArticles({ search: 'harbour' })))).toEqual(new Set(found));
  });

  it('pages through a sorted search', async () => {
    expect(keysOf(await core.listArticles({ search: 'harbour', sort: 'date', limit: 2, offset: 1 }))).toEqual(['old', 'sourceOnly']);
  });

  it('pages through a search by relevance: the pages add up to the whole list', async () => {
    const all = await core.listArticles({ search: 'harbour' });
    const pages = await Promise.all([0, 2, 4].map((offset) => core.listArticles({ search: 'harbour', limit: 2, offset })));
    expect(pages.flatMap((p) => p.articles)).toEqual(all.articles);
    expect(all.articles).toHaveLength(5);
    // Issue 16: the articles whose own text matches come first, ranked by FTS5 alone (what a full
    // first page costs); those found only through a claim or a source follow, as a second step.
    // A page before that step counts the text matches; from there on the total is all of them.
    expect(pages.map((p) => p.total)).toEqual([3, 5, 5]);
    // …and says so: the first page's total is not yet every match.
    expect(pages.map((p) => p.totalIncomplete === true)).toEqual([true, false, false]);
    expect(all.totalIncomplete).toBeUndefined();
    expect(new Set(keysOf(all).slice(0, 3))).toEqual(new Set(['old', 'recent', 'undatedB']));
    expect(new Set(keysOf(all).slice(3))).toEqual(new Set(['claimOnly', 'sourceOnly']));
  });

  it('answers in two steps when asked: the text matches, then those found only through claims or sources', async () => {
    for (const sort of ['date', 'imported', 'title', undefined] as const) {
      const whole = await core.listArticles({ search: 'harbour', sort });
      const text = await core.listArticles({ search: 'harbour', sort, matches: 'text' });
      const related = await core.listArticles({ search: 'harbour', sort, matches: 'related' });
      expect(new Set(keysOf(text)), String(sort)).toEqual(new Set(['old', 'recent', 'undatedB']));
      expect(new Set(keysOf(related)), String(sort)).toEqual(new Set(['claimOnly', 'sourceOnly']));
      // Each step in the order asked for: the whole list, less the other step's articles.
      if (sort !== undefined) {
        expect(keysOf(text), sort).toEqual(keysOf(whole).filter((k) => ['old', 'recent', 'undatedB'].includes(k as string)));
        expect(keysOf(related), sort).toEqual(keysOf(whole).filter((k) => ['claimOnly', 'sourceOnly'].includes(k as string)));
      }
      // The first step's total counts text matches only, and says so; the two add up to all.
      expect([text.total, text.totalIncomplete], String(sort)).toEqual([3, true]);
      expect([related.total, related.totalIncomplete], String(sort)).toEqual([2, undefined]);
      expect(whole.total).toBe(5);
    }
  });

  it('pages through each step on its own', async () => {
    const text = await core.listArticles({ search: 'harbour', sort: 'date', matches: 'text', limit: 1, offset: 1 });
    expect([keysOf(text), text.total]).toEqual([['old'], 3]);
    const related = await core.listArticles({ search: 'harbour', sort: 'date', matches: 'related', limit: 1, offset: 1 });
    expect([keysOf(related), related.total]).toEqual([['claimOnly'], 2]);
    // Past the end of a step: nothing, and the step's own total.
    const past = await core.listArticles({ search: 'harbour', sort: 'date', matches: 'related', limit: 5, offset: 9 });
    expect([keysOf(past), past.total]).toEqual([[], 2]);
  });

  it('counts each article once, whatever matched it', async () => {
    const list = await core.listArticles({ search: 'harbour parking', sort: 'date' });
    expect(keysOf(list)).toEqual(['sourceOnly']);
    expect(list.articles[0]?.claimCount).toBe(1);
  });
});
